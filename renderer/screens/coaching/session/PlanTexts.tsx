import { useId } from 'react';
import { useCoachingSession } from '../../../stores/coaching-session';

const FIELDS = [
  { field: 'talkingPoints', label: 'Talking points', hint: 'What you want to go through, in your own words.' },
  { field: 'agentView', label: 'The agent’s view', hint: 'What the agent says about their calls and the points raised.' },
] as const;

/** The coach's talking points and the agent's own view, saved as typed. */
export function PlanTexts() {
  const plan = useCoachingSession((s) => s.plan);
  const readOnly = useCoachingSession((s) => s.detail?.readOnly ?? true);
  const change = useCoachingSession((s) => s.change);
  const base = useId();
  if (!plan) return null;
  return (
    <section className="panel" aria-labelledby="session-texts">
      <h2 id="session-texts">Discussion</h2>
      {FIELDS.map(({ field, label, hint }) =>
        readOnly ? (
          <div key={field}>
            <h3>{label}</h3>
            <p className="coaching-session__text">{plan[field] || <span className="u-muted">Nothing written.</span>}</p>
          </div>
        ) : (
          <div key={field} className="field">
            <label htmlFor={`${base}-${field}`}>{label}</label>
            <p id={`${base}-${field}-hint`} className="field__hint">
              {hint}
            </p>
            <textarea
              id={`${base}-${field}`}
              aria-describedby={`${base}-${field}-hint`}
              rows={4}
              maxLength={20_000}
              value={plan[field]}
              onChange={(e) => change({ field, value: e.target.value })}
            />
          </div>
        ),
      )}
    </section>
  );
}
