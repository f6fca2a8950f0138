import type { SessionAction } from '../../../../shared/coaching/action';
import { dayWords } from '../../../../shared/coaching/words';

const STATUS = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const;

/** The actions agreed, and those carried over from earlier sessions, with owners and due dates; then the follow-up date. */
export function PackActions({ actions, carried, followUpOn }: { actions: SessionAction[]; carried: SessionAction[]; followUpOn: string | null }) {
  const rows = [...actions.map((a) => ({ a, from: 'This session' })), ...carried.map((a) => ({ a, from: 'Earlier session' }))];
  return (
    <section className="coaching-pack__section" aria-labelledby="pack-actions">
      <h2 id="pack-actions">Agreed actions</h2>
      {rows.length === 0 ? (
        <p className="empty">No action was agreed.</p>
      ) : (
        <table className="table" aria-label="Agreed actions">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">Agreed in</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ a, from }) => (
              <tr key={a.id}>
                <td>{a.what}</td>
                <td>{a.owner || '—'}</td>
                <td>{a.dueOn ? dayWords(a.dueOn) : '—'}</td>
                <td>{STATUS[a.status]}</td>
                <td>{from}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <strong>Follow-up:</strong> {followUpOn ? dayWords(followUpOn) : 'none set'}
      </p>
    </section>
  );
}
