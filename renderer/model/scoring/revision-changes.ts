import type { Answer, AnswerValue } from '../../../shared/schemas/scorecard';
import type { ElementRef } from './elements';

export interface Difference<T> {
  before: T;
  after: T;
}

/** One element whose answer or comment differs between two completed revisions. */
export interface ElementChange {
  ref: ElementRef;
  /** Null when the answer is the same. */
  answer: Difference<AnswerValue | null> | null;
  /** Null when the comment is the same. */
  comment: Difference<string> | null;
}

/**
 * What a revision changed, element by element in the scorecard's order. An
 * element absent from a revision's answers counts as unanswered with no
 * comment, so an answer that appeared or vanished is a change too.
 */
export function revisionChanges(elements: readonly ElementRef[], before: readonly Answer[], after: readonly Answer[]): ElementChange[] {
  const earlier = new Map(before.map((a) => [a.elementId, a]));
  const later = new Map(after.map((a) => [a.elementId, a]));
  const changes: ElementChange[] = [];
  for (const ref of elements) {
    const old = earlier.get(ref.element.id);
    const now = later.get(ref.element.id);
    const answer = { before: old?.value ?? null, after: now?.value ?? null };
    const comment = { before: old?.comment ?? '', after: now?.comment ?? '' };
    const answerChanged = answer.before !== answer.after;
    const commentChanged = comment.before !== comment.after;
    if (answerChanged || commentChanged) {
      changes.push({ ref, answer: answerChanged ? answer : null, comment: commentChanged ? comment : null });
    }
  }
  return changes;
}
