import type { Band } from '../schemas/template';
import { answerFormOf, sameAnswerForm } from './answer-form';
import type { BandRange, Place, TemplateChange } from './changes';
import type { DefinitionElement, DefinitionSection, TemplateDefinition } from './definition';

interface Located {
  element: DefinitionElement;
  place: Place;
}

function locate(template: TemplateDefinition): Map<string, Located> {
  return new Map(
    template.sections.flatMap((section) =>
      section.elements.map((element, index) => [element.id, { element, place: { sectionId: section.id, sectionTitle: section.title, index } }] as const),
    ),
  );
}

/**
 * The ids of `after` that kept their relative order from `before` (a longest
 * common subsequence): inserting one element above another must not report
 * every element below it as moved, only the ones that actually changed order.
 */
function keptInOrder(before: readonly string[], after: readonly string[]): Set<string> {
  const common = new Set(before.filter((id) => after.includes(id)));
  const a = before.filter((id) => common.has(id));
  const b = after.filter((id) => common.has(id));
  const lengths = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! > lengths[i]![j + 1]!) i++;
    // On a tie keep the element that came first before: the one that changed place is the one said to move.
    else j++;
  }
  return kept;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const rangeOf = ({ from, fromInclusive, to, toInclusive }: Band): BandRange => ({ from, fromInclusive, to, toInclusive });

function elementChanges(before: DefinitionElement, after: DefinitionElement): TemplateChange[] {
  const ref = { elementId: after.id, label: after.label };
  const changes: TemplateChange[] = [];
  if (before.label !== after.label) changes.push({ kind: 'element_reworded', ...ref, before: before.label, after: after.label });
  if ((before.guidance ?? '') !== (after.guidance ?? '')) changes.push({ kind: 'element_guidance_changed', ...ref });
  if (before.points !== after.points) changes.push({ kind: 'element_points_changed', ...ref, before: before.points, after: after.points });
  const [formBefore, formAfter] = [answerFormOf(before), answerFormOf(after)];
  if (!sameAnswerForm(formBefore, formAfter)) changes.push({ kind: 'element_answer_form_changed', ...ref, before: formBefore, after: formAfter });
  else if (before.kind === 'scale' && after.kind === 'scale' && !sameList(before.scaleLabels, after.scaleLabels))
    changes.push({ kind: 'element_scale_labels_changed', ...ref, before: before.scaleLabels, after: after.scaleLabels });
  if (before.allowNotApplicable !== after.allowNotApplicable)
    changes.push({ kind: 'element_not_applicable_changed', ...ref, before: before.allowNotApplicable, after: after.allowNotApplicable });
  if (before.critical !== after.critical) changes.push({ kind: 'element_critical_changed', ...ref, before: before.critical, after: after.critical });
  if (before.commentRequiredWhen !== after.commentRequiredWhen)
    changes.push({ kind: 'element_comment_rule_changed', ...ref, before: before.commentRequiredWhen, after: after.commentRequiredWhen });
  return changes;
}

function sectionChanges(before: DefinitionSection, after: DefinitionSection, from: number, to: number, moved: boolean): TemplateChange[] {
  const ref = { sectionId: after.id, title: after.title };
  const changes: TemplateChange[] = [];
  if (before.title !== after.title) changes.push({ kind: 'section_renamed', sectionId: after.id, before: before.title, after: after.title });
  if ((before.guidance ?? '') !== (after.guidance ?? '')) changes.push({ kind: 'section_guidance_changed', ...ref });
  if (moved) changes.push({ kind: 'section_moved', ...ref, from, to });
  if (before.weight !== after.weight) changes.push({ kind: 'section_weight_changed', ...ref, before: before.weight ?? null, after: after.weight ?? null });
  return changes;
}

function bandChanges(before: readonly Band[], after: readonly Band[]): TemplateChange[] {
  const old = new Map(before.map((b) => [b.id, b]));
  const changes: TemplateChange[] = [];
  for (const band of after) {
    const was = old.get(band.id);
    if (!was) {
      changes.push({ kind: 'band_added', bandId: band.id, label: band.label, range: rangeOf(band) });
      continue;
    }
    if (was.label !== band.label) changes.push({ kind: 'band_relabelled', bandId: band.id, before: was.label, after: band.label });
    const [a, b] = [rangeOf(was), rangeOf(band)];
    if (a.from !== b.from || a.to !== b.to || a.fromInclusive !== b.fromInclusive || a.toInclusive !== b.toInclusive)
      changes.push({ kind: 'band_moved', bandId: band.id, label: band.label, before: a, after: b });
    if ((was.description ?? '') !== (band.description ?? '')) changes.push({ kind: 'band_description_changed', bandId: band.id, label: band.label });
  }
  const kept = new Set(after.map((b) => b.id));
  for (const band of before) if (!kept.has(band.id)) changes.push({ kind: 'band_removed', bandId: band.id, label: band.label, range: rangeOf(band) });
  return changes;
}

/**
 * What changed from one version of a template to the next, in the order the
 * newer version reads: the template's own settings, then each section with its
 * elements (added, moved in, changed, then those removed from it), sections
 * removed, and the bands.
 */
export function diffTemplates(before: TemplateDefinition, after: TemplateDefinition): TemplateChange[] {
  const changes: TemplateChange[] = [];
  if (before.name !== after.name) changes.push({ kind: 'name_changed', before: before.name, after: after.name });
  if ((before.description ?? '') !== (after.description ?? '')) changes.push({ kind: 'description_changed' });
  if (before.target !== after.target) changes.push({ kind: 'target_changed', before: before.target, after: after.target });
  if (before.notApplicableBandId !== after.notApplicableBandId) {
    const label = (bands: readonly Band[], id: string) => bands.find((b) => b.id === id)?.label ?? id;
    changes.push({ kind: 'not_applicable_band_changed', before: label(before.bands, before.notApplicableBandId), after: label(after.bands, after.notApplicableBandId) });
  }

  const oldElements = locate(before);
  const newElements = locate(after);
  const oldSections = new Map(before.sections.map((s, index) => [s.id, { section: s, index }]));
  const sectionsInOrder = keptInOrder(before.sections.map((s) => s.id), after.sections.map((s) => s.id));
  const removedFrom = (sectionId: string) =>
    [...oldElements.values()].filter(({ element, place }) => place.sectionId === sectionId && !newElements.has(element.id));
  const removal = ({ element, place }: Located): TemplateChange => ({ kind: 'element_removed', elementId: element.id, label: element.label, from: place });

  after.sections.forEach((section, index) => {
    const old = oldSections.get(section.id);
    if (!old) changes.push({ kind: 'section_added', sectionId: section.id, title: section.title, index });
    else changes.push(...sectionChanges(old.section, section, old.index, index, !sectionsInOrder.has(section.id)));
    const inOrder = keptInOrder(old?.section.elements.map((e) => e.id) ?? [], section.elements.map((e) => e.id));
    section.elements.forEach((element, position) => {
      const to: Place = { sectionId: section.id, sectionTitle: section.title, index: position };
      const was = oldElements.get(element.id);
      if (!was) {
        changes.push({ kind: 'element_added', elementId: element.id, label: element.label, to });
        return;
      }
      if (was.place.sectionId !== section.id || !inOrder.has(element.id))
        changes.push({ kind: 'element_moved', elementId: element.id, label: element.label, from: was.place, to });
      changes.push(...elementChanges(was.element, element));
    });
    if (old) changes.push(...removedFrom(section.id).map(removal));
  });

  const kept = new Set(after.sections.map((s) => s.id));
  for (const section of before.sections) {
    if (kept.has(section.id)) continue;
    changes.push({ kind: 'section_removed', sectionId: section.id, title: section.title });
    changes.push(...removedFrom(section.id).map(removal));
  }
  changes.push(...bandChanges(before.bands, after.bands));
  return changes;
}
