import { memo } from 'react';
import { useTemplateDraft } from '../../../stores/templates-draft';
import './Problems.css';

/** Every problem that stops publishing, each naming its field; choosing one goes to that field. */
export const Problems = memo(function Problems() {
  const errors = useTemplateDraft((s) => s.errors);
  const focusField = useTemplateDraft((s) => s.focusField);
  if (errors.length === 0) return <p className="problems problems--none">No problems: the draft can be published.</p>;
  return (
    <section className="panel problems" aria-labelledby="problems-title">
      <h2 id="problems-title">
        {errors.length} problem{errors.length === 1 ? '' : 's'} to fix before publishing
      </h2>
      <ul className="problems__list">
        {errors.map((e) => (
          <li key={`${e.field}:${e.message}`}>
            <button type="button" className="link-button" onClick={() => focusField(e.path, e.field)}>
              <code className="field__path">{e.field || 'template'}</code>: {e.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
