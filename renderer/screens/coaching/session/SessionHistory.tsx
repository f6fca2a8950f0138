import { dayWords } from '../../../../shared/coaching/words';
import { formatDateTime } from '../../../format/dates';
import { useCoachingSession } from '../../../stores/coaching-session';

/** The completed revisions, each with who completed it, when and why it was revised. */
export function SessionHistory() {
  const history = useCoachingSession((s) => s.history);
  const revision = useCoachingSession((s) => s.detail?.session.revision ?? 1);
  const completed = useCoachingSession((s) => s.detail?.session.status === 'completed');
  const loadHistory = useCoachingSession((s) => s.loadHistory);
  if (revision === 1 && !completed) return null;
  return (
    <section className="panel" aria-labelledby="session-history">
      <h2 id="session-history">History</h2>
      {!history ? (
        <button type="button" className="button" onClick={() => void loadHistory()}>
          Show the completed revisions
        </button>
      ) : (
        <ol aria-label="Completed revisions">
          {history.map((h) => (
            <li key={h.revision}>
              Revision {h.revision}, completed {formatDateTime(h.completedAt)} by {h.coach.name}, held {dayWords(h.heldOn)}
              {h.revisionReason ? ` — why: ${h.revisionReason}` : ''}; {h.actions.filter((a) => !a.carried).length} action(s) agreed.
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
