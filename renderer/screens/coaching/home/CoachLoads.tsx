import type { CoachingHome } from '../../../../shared/api/coaching';

/** Every coach with something open: this one and colleagues whose sessions were read from the shared folders. */
export function CoachLoads({ coaches }: { coaches: CoachingHome['coaches'] }) {
  return (
    <section className="panel" aria-labelledby="coaching-coaches">
      <h2 id="coaching-coaches">Per coach</h2>
      {coaches.length === 0 ? (
        <p className="empty">No coach has anything open.</p>
      ) : (
        <table className="table" aria-label="Per coach">
          <thead>
            <tr>
              <th scope="col">Coach</th>
              <th scope="col">Sessions in preparation</th>
              <th scope="col">Follow-ups due this week</th>
              <th scope="col">Follow-ups overdue</th>
              <th scope="col">Actions overdue</th>
            </tr>
          </thead>
          <tbody>
            {coaches.map((c) => (
              <tr key={c.coachId}>
                <th scope="row">
                  {c.coachName}
                  {c.me && <span className="u-muted"> (you)</span>}
                </th>
                <td>{c.drafts}</td>
                <td>{c.followUpsDue}</td>
                <td>{c.followUpsOverdue}</td>
                <td>{c.actionsOverdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
