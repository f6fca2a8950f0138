import { dayWords } from '../../../../shared/coaching/words';
import { useCoachingSession } from '../../../stores/coaching-session';
import { ActionStatusSelect } from './ActionStatusSelect';

/** Actions agreed in earlier sessions, reviewed in this one: open ones carry over until done or dropped. */
export function CarriedActions() {
  const carried = useCoachingSession((s) => s.carried);
  const readOnly = useCoachingSession((s) => s.detail?.readOnly ?? true);
  if (carried.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="session-carried">
      <h2 id="session-carried">Actions from earlier sessions</h2>
      <table className="table" aria-label="Actions from earlier sessions">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {carried.map((a) => (
            <tr key={a.id}>
              <td>{a.what}</td>
              <td>{a.owner}</td>
              <td>{a.dueOn ? dayWords(a.dueOn) : '—'}</td>
              <td>{readOnly ? `${a.status === 'open' ? 'Open' : a.status === 'done' ? 'Done' : 'Dropped'} when reviewed` : <ActionStatusSelect action={a} label={`Status of “${a.what}”`} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
