import type { ActionView } from '../../../../shared/api/coaching';
import { dayWords, plural } from '../../../../shared/coaching/words';

/** Actions agreed in earlier sessions and still open: they carry over to the next session. */
export function OpenActions({ actions }: { actions: ActionView[] }) {
  return (
    <section className="panel" aria-labelledby="open-actions-title">
      <h2 id="open-actions-title">Open actions</h2>
      {actions.length === 0 ? (
        <p className="empty">No open action from an earlier session.</p>
      ) : (
        <table className="table" aria-label="Open actions">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Agreed</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id}>
                <td>{a.what}</td>
                <td>{a.owner}</td>
                <td>
                  {a.dueOn ? dayWords(a.dueOn) : '—'}
                  {a.daysLate !== null && <strong> ({plural(a.daysLate, 'day')} late)</strong>}
                </td>
                <td>{dayWords(a.agreedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
