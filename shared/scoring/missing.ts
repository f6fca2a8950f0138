import type { MissingItem } from '../schemas/scorecard';
import type { TemplateContent } from '../schemas/template';
import { judge, whyCommentRequired, type AnswerInput, type Outcome } from './answer';

type UnansweredWhy = Extract<Outcome, { kind: 'unanswered' }>['why'];

const UNANSWERED: Record<UnansweredWhy, string> = {
  missing: 'has no answer yet',
  not_applicable_not_allowed: 'cannot be marked not applicable; give it an answer',
  invalid: 'has an answer that does not fit it; answer it again',
};

/**
 * Everything that stops a scorecard being completed (rule 7), in template order,
 * each with a message naming where it is so the reviewer can go straight to it.
 */
export function findMissing(template: TemplateContent, answers: ReadonlyMap<string, AnswerInput>): MissingItem[] {
  return template.sections.flatMap((section) =>
    section.elements.flatMap((element): MissingItem[] => {
      const answer = answers.get(element.id);
      const outcome = judge(element, answer);
      const where = `${section.title}: "${element.label}"`;
      const item = (reason: MissingItem['reason'], problem: string) => ({
        elementId: element.id,
        sectionId: section.id,
        reason,
        message: `${where} ${problem}.`,
      });
      if (outcome.kind === 'unanswered') return [item('unanswered', UNANSWERED[outcome.why])];
      const because = whyCommentRequired(element, answer?.value ?? null);
      if (because && !answer?.comment?.trim()) return [item('comment_required', `needs a comment because ${because}`)];
      return [];
    }),
  );
}
