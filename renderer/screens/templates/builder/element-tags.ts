import type { BuilderElement } from '../../../model/templates/draft-model';

/** What sets an element apart, in a word or two each, for its outline row. */
export function elementTags(element: BuilderElement): string[] {
  const tags: string[] = [];
  if (element.kind === 'scale') tags.push(`scale ${element.min ?? 0}–${element.max ?? ''}`);
  if (element.points !== 1) tags.push(`${element.points} pts`);
  if (element.critical !== 'none') tags.push(`critical: ${element.critical}`);
  if (element.commentRequiredWhen === 'always') tags.push('comment always');
  if (element.commentRequiredWhen === 'not_fully_met') tags.push('comment if missed');
  if (element.allowNotApplicable) tags.push('N/A allowed');
  return tags;
}
