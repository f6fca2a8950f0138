import { useId } from 'react';
import type { ActionStatus, SessionAction } from '../../../../shared/coaching/action';
import { dayWords } from '../../../../shared/coaching/words';
import { useCoachingSession } from '../../../stores/coaching-session';

const WORDS: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

/** An action's status: open, done or dropped. Its life goes on after its session, so it stays changeable when the session is locked. */
export function ActionStatusSelect({ action, label }: { action: SessionAction; label: string }) {
  const own = useCoachingSession((s) => s.detail?.session.source === 'mine');
  const setStatus = useCoachingSession((s) => s.setStatus);
  const id = useId();
  if (!own) return <>{WORDS[action.status]}</>;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={action.status}
        onChange={(e) => setStatus(action.id, e.target.value as ActionStatus)}
      >
        {(Object.keys(WORDS) as ActionStatus[]).map((s) => (
          <option key={s} value={s}>
            {WORDS[s]}
            {s === action.status && action.statusOn ? ` (${dayWords(action.statusOn)})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
