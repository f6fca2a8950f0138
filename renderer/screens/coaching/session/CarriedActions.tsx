import { ActionsTable } from '../ActionsTable';
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
      <ActionsTable
        label="Actions from earlier sessions"
        actions={carried}
        lastColumn="Status"
        last={(a) => (readOnly ? `${a.status === 'open' ? 'Open' : a.status === 'done' ? 'Done' : 'Dropped'} when reviewed` : <ActionStatusSelect action={a} label={`Status of “${a.what}”`} />)}
      />
    </section>
  );
}
