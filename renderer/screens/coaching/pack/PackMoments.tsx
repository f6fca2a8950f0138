import type { PickedMoment } from '../../../../shared/coaching/session';
import { dayWords } from '../../../../shared/coaching/words';
import { momentTime } from '../figures';

/** The moments picked for the session: when in the call, on what, and what was written. */
export function PackMoments({ moments }: { moments: PickedMoment[] }) {
  return (
    <section className="coaching-pack__section" aria-labelledby="pack-moments">
      <h2 id="pack-moments">Evidence moments</h2>
      {moments.length === 0 ? (
        <p className="empty">No moment was picked for this session.</p>
      ) : (
        <table className="table" aria-label="Evidence moments">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Element</th>
              <th scope="col">Note or comment</th>
              <th scope="col">Call</th>
            </tr>
          </thead>
          <tbody>
            {moments.map((m) => (
              <tr key={m.id}>
                <td>{momentTime(m)}</td>
                <td>
                  {m.elementLabel}
                  {m.answer ? ` (${m.answer})` : ''}
                </td>
                <td>{m.text}</td>
                <td>
                  {m.reference || '—'}, {dayWords(m.day)}, {m.reviewerName}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
