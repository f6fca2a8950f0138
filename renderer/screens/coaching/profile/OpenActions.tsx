import type { ActionView } from '../../../../shared/api/coaching';
import { dayWords, plural } from '../../../../shared/coaching/words';
import { ActionsTable } from '../ActionsTable';

/** Actions agreed in earlier sessions and still open: they carry over to the next session. */
export function OpenActions({ actions }: { actions: ActionView[] }) {
  return (
    <section className="panel" aria-labelledby="open-actions-title">
      <h2 id="open-actions-title">Open actions</h2>
      {actions.length === 0 ? (
        <p className="empty">No open action from an earlier session.</p>
      ) : (
        <ActionsTable
          label="Open actions"
          actions={actions}
          lastColumn="Agreed"
          last={(a) => dayWords(a.agreedOn)}
          dueNote={(a) => a.daysLate !== null && <strong> ({plural(a.daysLate, 'day')} late)</strong>}
        />
      )}
    </section>
  );
}
