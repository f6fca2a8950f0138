import { useId } from 'react';
import type { FocusElement } from '../../../../shared/coaching/session';
import { useCoachingProfile } from '../../../stores/coaching-profile';
import { useCoachingSession } from '../../../stores/coaching-session';

/** One empty list for every render: a fresh `[]` from a selector would re-render without end. */
const NONE: never[] = [];

/**
 * The elements to focus on: the period's development needs are suggested
 * (each with its evidence), the coach chooses — those, or any other element.
 */
export function FocusPicker() {
  const focus = useCoachingSession((s) => s.plan?.focusElements ?? NONE);
  const readOnly = useCoachingSession((s) => s.detail?.readOnly ?? true);
  const change = useCoachingSession((s) => s.change);
  const profile = useCoachingProfile((s) => s.profile);
  const otherId = useId();
  const chosen = new Set(focus.map((f) => f.elementId));
  const set = (list: FocusElement[]) => change({ field: 'focusElements', value: list });
  const toggle = (f: FocusElement, on: boolean) => set(on ? [...focus, f] : focus.filter((x) => x.elementId !== f.elementId));
  const needs = profile?.findings.needs ?? [];
  const others = (profile?.elements ?? NONE).filter((e) => !chosen.has(e.elementId) && !needs.some((n) => n.elementId === e.elementId));

  return (
    <section className="panel" aria-labelledby="session-focus">
      <h2 id="session-focus">Focus</h2>
      {readOnly ? (
        focus.length === 0 ? (
          <p className="empty">No element was chosen to focus on.</p>
        ) : (
          <ul>
            {focus.map((f) => (
              <li key={f.elementId}>
                {f.number} {f.label}
              </li>
            ))}
          </ul>
        )
      ) : (
        <>
          <fieldset className="field">
            <legend>Suggested from the development needs</legend>
            {needs.length === 0 && <p className="u-muted">No development need stands out in this period.</p>}
            {needs.map((n) => (
              <label key={n.elementId} className="choice">
                <input type="checkbox" checked={chosen.has(n.elementId)} onChange={(e) => toggle({ elementId: n.elementId, number: n.number, label: n.label }, e.target.checked)} /> {n.number}{' '}
                {n.label} <span className="u-muted">— {n.reason}</span>
              </label>
            ))}
          </fieldset>
          {focus.filter((f) => !needs.some((n) => n.elementId === f.elementId)).map((f) => (
            <label key={f.elementId} className="choice">
              <input type="checkbox" checked onChange={() => toggle(f, false)} /> {f.number} {f.label}
            </label>
          ))}
          <div className="field field--inline">
            <label htmlFor={otherId}>Add another element</label>
            <select
              id={otherId}
              value=""
              onChange={(e) => {
                const e2 = others.find((o) => o.elementId === e.target.value);
                if (e2) toggle({ elementId: e2.elementId, number: e2.number, label: e2.label }, true);
              }}
            >
              <option value="">Choose…</option>
              {others.map((o) => (
                <option key={o.elementId} value={o.elementId}>
                  {o.number} {o.label}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
    </section>
  );
}
