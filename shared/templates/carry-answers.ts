import { answerProblem, judge, type AnswerInput, type Outcome } from '../scoring/answer';
import type { AnswerValue } from '../schemas/scorecard';
import type { TemplateContent, TemplateElement } from '../schemas/template';
import { answerFormOf, describeAnswerForm, sameAnswerForm } from './answer-form';
import { sourcesOf, targetsOf, type ElementMap } from './element-map';

export interface NotCarried {
  elementId: string;
  label: string;
  /** A sentence naming the element. */
  reason: string;
}

export interface CarriedAnswers {
  /** Answers under the newer version, by its element ids. */
  answers: Map<string, AnswerInput>;
  /** Elements of the newer version left unanswered, each with why. */
  notCarried: NotCarried[];
}

type Scored = Extract<Outcome, { kind: 'scored' }>;

const elementsById = (template: TemplateContent) => new Map(template.sections.flatMap((s) => s.elements.map((e) => [e.id, e] as const)));

/** The answer that means "fully met": met, or the top of the scale. */
const fullyMet = (element: TemplateElement): AnswerValue => (element.kind === 'check' ? 'met' : element.max);

const joinComments = (answers: readonly (AnswerInput | undefined)[]) =>
  answers
    .map((a) => a?.comment?.trim())
    .filter((c): c is string => !!c)
    .join('\n');

/**
 * What a completed scorecard's answers say under the next version, as far as
 * the element map allows, and nothing more (no answer is guessed):
 * - the same element, answered the same way: the answer and its comment;
 * - split: a whole that was fully met (or not applicable) makes every part so;
 *   a miss cannot be placed, so the parts stay unanswered;
 * - merged: all parts fully met makes the whole so, all not applicable makes it
 *   not applicable, and a missed part makes a met / not met whole not met;
 * - new: nothing to carry.
 * Every carried answer must still fit its element (answerProblem, the rule the
 * scoring screen uses). The result is a new map; the answers passed in are
 * never changed.
 */
export function carryAnswers(before: TemplateContent, after: TemplateContent, map: ElementMap, answers: ReadonlyMap<string, AnswerInput>): CarriedAnswers {
  const oldElements = elementsById(before);
  const newElements = elementsById(after);
  const carried = new Map<string, AnswerInput>();
  const notCarried: NotCarried[] = [];
  const skip = (target: TemplateElement, reason: string) => notCarried.push({ elementId: target.id, label: target.label, reason });
  const give = (target: TemplateElement, value: AnswerValue, comment: string) => {
    const problem = answerProblem(target, value);
    if (problem) skip(target, problem);
    else carried.set(target.id, { value, comment });
  };

  for (const entry of map.entries) {
    const targets = targetsOf(entry).map((id) => newElements.get(id)!);
    const sources = sourcesOf(entry).map((id) => ({ element: oldElements.get(id)!, answer: answers.get(id) }));
    if (entry.kind === 'new') {
      targets.forEach((t) => skip(t, `"${t.label}" is new: the scorecard has no answer for it.`));
      continue;
    }
    const outcomes = sources.map(({ element, answer }) => judge(element, answer));
    if (outcomes.some((o) => o.kind === 'unanswered')) {
      targets.forEach((t) => skip(t, `"${t.label}" comes from an element with no valid answer in the scorecard.`));
      continue;
    }
    const comment = joinComments(sources.map((s) => s.answer));
    if (entry.kind === 'same') {
      const [source] = sources;
      const target = targets[0]!;
      const [was, now] = [answerFormOf(source!.element), answerFormOf(target)];
      if (sameAnswerForm(was, now)) give(target, source!.answer!.value!, comment);
      else skip(target, `"${target.label}" is now answered ${describeAnswerForm(now)} (it was ${describeAnswerForm(was)}), so the old answer does not carry.`);
      continue;
    }
    const applicable = outcomes.filter((o): o is Scored => o.kind === 'scored');
    for (const target of targets) {
      if (applicable.length === 0) give(target, 'na', comment);
      else if (applicable.every((o) => o.fullyMet)) give(target, fullyMet(target), comment);
      else if (entry.kind === 'merged' && target.kind === 'check') give(target, 'not_met', comment);
      else if (entry.kind === 'split') skip(target, `"${target.label}" was split from an element that was not fully met: which part was missed is not known.`);
      else skip(target, `"${target.label}" merges parts that were partly met: its scale value cannot be worked out.`);
    }
  }
  return { answers: carried, notCarried };
}
