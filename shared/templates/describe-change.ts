import type { CommentRequiredWhen, CriticalLevel } from '../schemas/template';
import { describeAnswerForm } from './answer-form';
import type { BandRange, Place, TemplateChange } from './changes';

const CRITICAL: Record<CriticalLevel, string> = {
  none: 'not critical',
  section: 'critical for its section (a miss sets the section to 0 %)',
  scorecard: 'critical for the whole scorecard (a miss fails it)',
};

const COMMENT: Record<CommentRequiredWhen, string> = {
  never: 'no comment',
  not_fully_met: 'a comment when not fully met',
  always: 'a comment on every answer',
};

const end = (value: number, inclusive: boolean) => `${value} % (${inclusive ? 'included' : 'excluded'})`;
export const describeBandRange = (r: BandRange): string => `${end(r.from, r.fromInclusive)} to ${end(r.to, r.toInclusive)}`;

const position = (index: number) => `position ${index + 1}`;
const weight = (w: number | null) => (w === null ? 'no weight' : `a weight of ${w}`);
const points = (p: number) => `${p} point${p === 1 ? '' : 's'}`;

function movement(from: Place, to: Place): string {
  return from.sectionId === to.sectionId
    ? `from ${position(from.index)} to ${position(to.index)} in "${to.sectionTitle}"`
    : `from "${from.sectionTitle}" (${position(from.index)}) to "${to.sectionTitle}" (${position(to.index)})`;
}

/** One change as a sentence a quality lead can read before publishing. */
export function describeChange(change: TemplateChange): string {
  switch (change.kind) {
    case 'name_changed':
      return `The template was renamed from "${change.before}" to "${change.after}".`;
    case 'description_changed':
      return "The template's description was changed.";
    case 'target_changed':
      return `The target moved from ${change.before} % to ${change.after} %.`;
    case 'not_applicable_band_changed':
      return `A scorecard where nothing applies now gets "${change.after}" instead of "${change.before}".`;
    case 'section_added':
      return `Section "${change.title}" was added at ${position(change.index)}.`;
    case 'section_removed':
      return `Section "${change.title}" was removed.`;
    case 'section_renamed':
      return `Section "${change.before}" was renamed "${change.after}".`;
    case 'section_guidance_changed':
      return `The guidance of section "${change.title}" was changed.`;
    case 'section_moved':
      return `Section "${change.title}" moved from ${position(change.from)} to ${position(change.to)}.`;
    case 'section_weight_changed':
      return `Section "${change.title}" now has ${weight(change.after)} (it had ${weight(change.before)}).`;
    case 'element_added':
      return `"${change.label}" was added to "${change.to.sectionTitle}" at ${position(change.to.index)}.`;
    case 'element_removed':
      return `"${change.label}" was removed from "${change.from.sectionTitle}".`;
    case 'element_moved':
      return `"${change.label}" moved ${movement(change.from, change.to)}.`;
    case 'element_reworded':
      return `"${change.before}" was reworded to "${change.after}".`;
    case 'element_guidance_changed':
      return `The guidance of "${change.label}" was changed.`;
    case 'element_points_changed':
      return `"${change.label}" is now worth ${points(change.after)} (it was worth ${points(change.before)}).`;
    case 'element_answer_form_changed':
      return `"${change.label}" is now answered ${describeAnswerForm(change.after)} (it was ${describeAnswerForm(change.before)}).`;
    case 'element_scale_labels_changed':
      return `The scale labels of "${change.label}" were changed.`;
    case 'element_not_applicable_changed':
      return `"${change.label}" ${change.after ? 'can now' : 'can no longer'} be marked not applicable.`;
    case 'element_critical_changed':
      return `"${change.label}" is now ${CRITICAL[change.after]} (it was ${CRITICAL[change.before]}).`;
    case 'element_comment_rule_changed':
      return `"${change.label}" now requires ${COMMENT[change.after]} (it required ${COMMENT[change.before]}).`;
    case 'band_added':
      return `Band "${change.label}" was added: ${describeBandRange(change.range)}.`;
    case 'band_removed':
      return `Band "${change.label}" (${describeBandRange(change.range)}) was removed.`;
    case 'band_relabelled':
      return `Band "${change.before}" was renamed "${change.after}".`;
    case 'band_moved':
      return `Band "${change.label}" now covers ${describeBandRange(change.after)} (it covered ${describeBandRange(change.before)}).`;
    case 'band_description_changed':
      return `The description of band "${change.label}" was changed.`;
  }
}
