import { scaleMin } from '../schemas/template';
import type { AnswerForm } from './changes';
import type { DefinitionElement } from './definition';

export const answerFormOf = (element: DefinitionElement): AnswerForm =>
  element.kind === 'check' ? { kind: 'check' } : { kind: 'scale', min: scaleMin(element), max: element.max };

/** Whether an answer to one form means the same under the other: the same kind, and for a scale the same range. */
export const sameAnswerForm = (a: AnswerForm, b: AnswerForm): boolean =>
  a.kind === 'check' ? b.kind === 'check' : b.kind === 'scale' && a.min === b.min && a.max === b.max;

export const describeAnswerForm = (form: AnswerForm): string => (form.kind === 'check' ? 'met / not met' : `a ${form.min}–${form.max} scale`);
