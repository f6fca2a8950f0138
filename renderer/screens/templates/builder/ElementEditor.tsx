import type { CommentRequiredWhen, CriticalLevel } from '../../../../shared/schemas/template';
import { numberText, readNumber, type BuilderElement } from '../../../model/templates/draft-model';
import { setKind, updateElement } from '../../../model/templates/edits';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { elementField } from './field-ids';
import { GuidanceProposals } from './GuidanceProposals';
import { ScaleEditor } from './ScaleEditor';
import { RadioField, TemplateField } from './TemplateField';

const KINDS = [
  { value: 'check', label: 'Met / not met' },
  { value: 'scale', label: 'Scale' },
] as const;

const CRITICAL: readonly { value: CriticalLevel; label: string }[] = [
  { value: 'none', label: 'Not critical' },
  { value: 'section', label: 'Critical for its section (a miss sets the section to 0 %)' },
  { value: 'scorecard', label: 'Critical for the scorecard (a miss fails it)' },
];

const COMMENT: readonly { value: CommentRequiredWhen; label: string }[] = [
  { value: 'never', label: 'Never' },
  { value: 'not_fully_met', label: 'When not fully met' },
  { value: 'always', label: 'Always' },
];

/** The element in focus, with every option an element has. */
export function ElementEditor({ section, index }: { section: number; index: number }) {
  const element = useTemplateDraft((s) => s.template?.sections[section]?.elements[index]);
  const frozen = useTemplateDraft((s) => s.frozen);
  const edit = useTemplateDraft((s) => s.edit);
  if (!element) return null;
  const change = (patch: Partial<BuilderElement>) => edit((t) => updateElement(t, section, index, patch, frozen));
  const field = (name: string) => elementField(section, index, name);

  return (
    <div className="builder__editor-fields">
      <TemplateField label="Element label" field={field('label')}>
        {(props) => <input {...props} type="text" value={element.label} onChange={(e) => change({ label: e.target.value })} />}
      </TemplateField>
      <RadioField legend="Answered as" field={field('kind')} options={KINDS} value={element.kind} onChange={(kind) => edit((t) => setKind(t, section, index, kind, frozen))} />
      {element.kind === 'scale' && <ScaleEditor section={section} index={index} element={element} />}
      <TemplateField label="Points" field={field('points')} hint="What it is worth: a positive number (0.5 is allowed).">
        {(props) => <input {...props} type="text" inputMode="decimal" value={numberText(element.points)} onChange={(e) => change({ points: readNumber(e.target.value) })} />}
      </TemplateField>
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={element.allowNotApplicable} onChange={(e) => change({ allowNotApplicable: e.target.checked })} /> May be marked not applicable
        </label>
      </div>
      <RadioField legend="Critical" field={field('critical')} options={CRITICAL} value={element.critical} onChange={(critical) => change({ critical })} />
      <RadioField legend="Comment required" field={field('commentRequiredWhen')} options={COMMENT} value={element.commentRequiredWhen} onChange={(commentRequiredWhen) => change({ commentRequiredWhen })} />
      <TemplateField label="Guidance (optional)" field={field('guidance')} hint="What the reviewer reads under the element.">
        {(props) => <textarea {...props} rows={3} value={element.guidance ?? ''} onChange={(e) => change({ guidance: e.target.value || undefined })} />}
      </TemplateField>
      <GuidanceProposals elementId={element.id} current={element.guidance} onUse={(guidance) => change({ guidance })} />
      <TemplateField
        label="Key"
        field={field('id')}
        hint={frozen.has(element.id) ? 'Published: the key stays, so answers and reports follow the element across versions.' : 'Names the element in answers and exports; made from the label until published.'}
      >
        {(props) => <input {...props} type="text" value={element.id} readOnly={frozen.has(element.id)} onChange={(e) => change({ id: e.target.value })} />}
      </TemplateField>
    </div>
  );
}
