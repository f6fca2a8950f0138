import { useId } from 'react';
import type { SessionAction } from '../../../../shared/coaching/action';
import { useCoachingSession } from '../../../stores/coaching-session';
import { ActionsTable } from '../ActionsTable';
import { ActionStatusSelect } from './ActionStatusSelect';
import './ActionsEditor.css';

function ActionRow({ action, number }: { action: SessionAction; number: number }) {
  const save = useCoachingSession((s) => s.saveAction);
  const remove = useCoachingSession((s) => s.removeAction);
  // Filtered outside the selector: a new array from it every time would make the store re-render without end.
  const problems = useCoachingSession((s) => s.problems).filter((p) => p.actionId === action.id);
  const base = useId();
  const fields = { what: action.what, owner: action.owner, dueOn: action.dueOn };
  const described = problems.length ? `${base}-problems` : undefined;
  return (
    <li className="actions-editor__item">
      <fieldset className="actions-editor__row">
        <legend className="u-visually-hidden">Action {number}</legend>
        <div className="field actions-editor__what">
          <label htmlFor={`${base}-what`}>Action {number}: what</label>
          <input id={`${base}-what`} value={action.what} maxLength={2000} aria-describedby={described} onChange={(e) => save(action.id, { ...fields, what: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${base}-owner`}>Owner</label>
          <input id={`${base}-owner`} value={action.owner} maxLength={200} aria-describedby={described} onChange={(e) => save(action.id, { ...fields, owner: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${base}-due`}>Due</label>
          <input id={`${base}-due`} type="date" value={action.dueOn ?? ''} aria-describedby={described} onChange={(e) => save(action.id, { ...fields, dueOn: e.target.value || null })} />
        </div>
        <ActionStatusSelect action={action} label={`Action ${number}: status`} />
        <button type="button" className="link-button" onClick={() => remove(action.id)}>
          Remove <span className="u-visually-hidden">action {number}</span>
        </button>
      </fieldset>
      {problems.length > 0 && (
        <ul id={`${base}-problems`} className="coaching-session__problem">
          {problems.map((p) => (
            <li key={p.message}>{p.message}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The actions agreed in this session: what, who owns it, when it is due, and its status. Saved as typed. */
export function ActionsEditor() {
  const actions = useCoachingSession((s) => s.actions);
  const readOnly = useCoachingSession((s) => s.detail?.readOnly ?? true);
  const add = useCoachingSession((s) => s.addAction);
  return (
    <section className="panel actions-editor" aria-labelledby="session-actions">
      <h2 id="session-actions">Agreed actions</h2>
      {readOnly ? (
        actions.length === 0 ? (
          <p className="empty">No action was agreed.</p>
        ) : (
          <ActionsTable label="Agreed actions" actions={actions} lastColumn="Status" last={(a) => <ActionStatusSelect action={a} label={`Status of “${a.what}”`} />} />
        )
      ) : (
        <>
          {actions.length > 0 && (
            <ol className="actions-editor__list">
              {actions.map((a, i) => (
                <ActionRow key={a.id} action={a} number={i + 1} />
              ))}
            </ol>
          )}
          <button type="button" className="button" onClick={() => add()}>
            Add an action
          </button>
        </>
      )}
    </section>
  );
}
