import { numberText, readNumber } from '../../../model/templates/draft-model';
import { addElement, updateSection } from '../../../model/templates/edits';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { sectionField } from './field-ids';
import { TemplateField } from './TemplateField';

/** The section in focus: its title, key, weight (when sections are weighted) and guidance. */
export function SectionEditor({ index }: { index: number }) {
  const section = useTemplateDraft((s) => s.template?.sections[index]);
  const frozen = useTemplateDraft((s) => s.frozen);
  const edit = useTemplateDraft((s) => s.edit);
  if (!section) return null;
  const change = (patch: Parameters<typeof updateSection>[2]) => edit((t) => updateSection(t, index, patch, frozen));
  const field = (name: string) => sectionField(index, name);

  return (
    <div className="builder__editor-fields">
      <TemplateField label="Section title" field={field('title')}>
        {(props) => <input {...props} type="text" value={section.title} onChange={(e) => change({ title: e.target.value })} />}
      </TemplateField>
      {section.weight !== undefined && (
        <TemplateField label="Weight" field={field('weight')} hint="A positive number: how much this section's percentage counts in the overall score.">
          {(props) => <input {...props} type="text" inputMode="decimal" value={numberText(section.weight)} onChange={(e) => change({ weight: readNumber(e.target.value) })} />}
        </TemplateField>
      )}
      <TemplateField label="Guidance (optional)" field={field('guidance')}>
        {(props) => <textarea {...props} rows={3} value={section.guidance ?? ''} onChange={(e) => change({ guidance: e.target.value || undefined })} />}
      </TemplateField>
      <TemplateField
        label="Key"
        field={field('id')}
        hint={frozen.has(section.id) ? 'Published: the key stays, so reports follow the section across versions.' : 'Names the section in exports; made from the title until published.'}
      >
        {(props) => <input {...props} type="text" value={section.id} readOnly={frozen.has(section.id)} onChange={(e) => change({ id: e.target.value })} />}
      </TemplateField>
      <div className="form__actions">
        <button type="button" className="button button--small" onClick={() => edit((t) => addElement(t, index, -1), { kind: 'element', section: index, element: 0 })}>
          Add an element at the top <kbd>E</kbd>
        </button>
      </div>
    </div>
  );
}
