import { numberText, readNumber, type BuilderElement } from '../../../model/templates/draft-model';
import { setScaleLabel, setScaleRange } from '../../../model/templates/edits';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { elementField, errorFor, fieldDomId } from './field-ids';
import { TemplateField } from './TemplateField';

/** A scale's range (0 to 10 at most) and one label per point, which reviewers see on the answer buttons. */
export function ScaleEditor({ section, index, element }: { section: number; index: number; element: BuilderElement }) {
  const frozen = useTemplateDraft((s) => s.frozen);
  const edit = useTemplateDraft((s) => s.edit);
  const labelsError = useTemplateDraft((s) => errorFor(s.errors, elementField(section, index, 'scaleLabels')));
  const field = (name: string) => elementField(section, index, name);
  const min = Number(element.min ?? 0);
  const labels = element.scaleLabels ?? [];

  return (
    <fieldset className="field builder__scale">
      <legend>Scale</legend>
      <div className="builder__grid">
        <TemplateField label="Lowest point" field={field('min')} hint="Earns nothing.">
          {(props) => <input {...props} type="text" inputMode="numeric" value={numberText(element.min ?? 0)} onChange={(e) => edit((t) => setScaleRange(t, section, index, { min: readNumber(e.target.value) }, frozen))} />}
        </TemplateField>
        <TemplateField label="Highest point" field={field('max')} hint="Earns all the points; at most 10.">
          {(props) => <input {...props} type="text" inputMode="numeric" value={numberText(element.max)} onChange={(e) => edit((t) => setScaleRange(t, section, index, { max: readNumber(e.target.value) }, frozen))} />}
        </TemplateField>
      </div>
      <ol className="builder__scale-labels" aria-label="Point labels" id={fieldDomId(field('scaleLabels'))} tabIndex={-1}>
        {labels.map((label, i) => (
          <li key={i}>
            <TemplateField label={`Label for ${Number.isFinite(min) ? min + i : i}`} field={`${field('scaleLabels')}[${i}]`}>
              {(props) => (
                <input
                  {...props}
                  type="text"
                  value={label}
                  onChange={(e) => edit((t) => setScaleLabel(t, section, index, i, e.target.value, frozen))}
                />
              )}
            </TemplateField>
          </li>
        ))}
      </ol>
      {labelsError && <p className="field__error">{labelsError}</p>}
    </fieldset>
  );
}
