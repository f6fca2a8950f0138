import { memo, useId } from 'react';
import { numberText, readNumber } from '../../../model/templates/draft-model';
import { setWeighted } from '../../../model/templates/edits';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { fieldDomId } from './field-ids';
import { TemplateField } from './TemplateField';

/** The template's own settings: name, description, target, whether sections are weighted, the band when nothing applies. */
export const TemplateSettings = memo(function TemplateSettings() {
  const name = useTemplateDraft((s) => s.template?.name ?? '');
  const description = useTemplateDraft((s) => s.template?.description ?? '');
  const target = useTemplateDraft((s) => s.template?.target);
  const naBand = useTemplateDraft((s) => s.template?.notApplicableBandId ?? '');
  const bands = useTemplateDraft((s) => s.template?.bands);
  const weighted = useTemplateDraft((s) => (s.template?.sections.length ?? 0) > 0 && s.template!.sections.some((x) => x.weight !== undefined));
  const edit = useTemplateDraft((s) => s.edit);
  const weightedId = useId();

  return (
    <section className="panel builder__settings" aria-labelledby="builder-settings-title">
      <h2 id="builder-settings-title">Template</h2>
      <div className="builder__grid">
        <TemplateField label="Name" field="name">
          {(props) => <input {...props} type="text" value={name} onChange={(e) => edit((t) => ({ ...t, name: e.target.value }))} />}
        </TemplateField>
        <TemplateField label="Target (%)" field="target" hint="The score the organisation expects, 0 to 100.">
          {(props) => <input {...props} type="text" inputMode="decimal" value={numberText(target)} onChange={(e) => edit((t) => ({ ...t, target: readNumber(e.target.value) }))} />}
        </TemplateField>
        <TemplateField label="Band when nothing is applicable" field="notApplicableBandId" hint="Nobody is penalised for a call that gave no chance to show the standard.">
          {(props) => (
            <select {...props} value={naBand} onChange={(e) => edit((t) => ({ ...t, notApplicableBandId: e.target.value }))}>
              {(bands ?? []).map((b) => (
                <option key={b.id} value={b.id}>
                  {b.label || b.id}
                </option>
              ))}
            </select>
          )}
        </TemplateField>
      </div>
      <TemplateField label="Description (optional)" field="description">
        {(props) => <textarea {...props} rows={2} value={description} onChange={(e) => edit((t) => ({ ...t, description: e.target.value || undefined }))} />}
      </TemplateField>
      <div className="field">
        <label className="choice">
          <input id={weightedId} type="checkbox" checked={weighted} onChange={(e) => edit((t) => setWeighted(t, e.target.checked))} aria-describedby={`${fieldDomId('sections')}-weights`} />
          Weight the sections
        </label>
        <p id={`${fieldDomId('sections')}-weights`} className="field__hint">
          Unweighted: every point counts the same across the template. Weighted: each section’s percentage counts by its weight.
        </p>
      </div>
    </section>
  );
});
