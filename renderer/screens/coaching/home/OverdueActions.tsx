import type { CoachingHome } from '../../../../shared/api/coaching';
import { dayWords, plural } from '../../../../shared/coaching/words';
import { useCoachingHome } from '../../../stores/coaching-home';

/** Actions past their due date, each with what closes it: done, or dropped. */
export function OverdueActions({ actions }: { actions: CoachingHome['actionsOverdue'] }) {
  const setStatus = useCoachingHome((s) => s.setActionStatus);
  if (actions.length === 0) return null;
  return (
    <table className="table" aria-label="Actions overdue">
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Agent</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Close it</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.actionId}>
            <td>{a.what}</td>
            <td>{a.agentName}</td>
            <td>{a.owner}</td>
            <td>
              {dayWords(a.dueOn)} ({plural(a.daysLate, 'day')} late)
            </td>
            <td>
              <button type="button" className="link-button" onClick={() => void setStatus(a.actionId, 'done')} aria-label={`Mark “${a.what}” done`}>
                Done
              </button>{' '}
              ·{' '}
              <button type="button" className="link-button" onClick={() => void setStatus(a.actionId, 'dropped')} aria-label={`Drop “${a.what}”`}>
                Drop
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
