import { describe, expect, it } from 'vitest';
import { answerOptions, describeAnswer, resolveAnswer } from '../../../renderer/model/scoring/answer-keys';
import { answerValues } from '../../../shared/scoring';
import { TemplateElement } from '../../../shared/schemas/template';

// The keys and buttons are the renderer's; which answers exist is shared/scoring's, so the two cannot disagree.
const check = TemplateElement.parse({ id: 'c', kind: 'check', label: 'Greeting', allowNotApplicable: true });
const tone = TemplateElement.parse({ id: 's', kind: 'scale', label: 'Tone', max: 3, scaleLabels: ['Poor', 'Fair', 'Good', 'Great'] });

describe('answer keys on top of the shared rule', () => {
  it('offers a button for exactly the values the element takes', () => {
    for (const element of [check, tone]) expect(answerOptions(element).map((o) => o.value)).toEqual(answerValues(element));
    expect(answerOptions(check).map((o) => o.key)).toEqual(['M', 'N', 'A']);
    expect(answerOptions(tone).map((o) => o.key)).toEqual(['0', '1', '2', '3']);
  });

  it('says which keys fit when a key does not', () => {
    expect(resolveAnswer(check, { scale: 2 })).toEqual({ ok: false, reason: 'This element takes met or not met: press M or N.' });
    expect(resolveAnswer(tone, 'met')).toEqual({ ok: false, reason: 'This element takes a value from 0 to 3: press 0, 1, 2 or 3.' });
    expect(resolveAnswer(tone, 'na')).toEqual({ ok: false, reason: 'Not applicable is not allowed for this element.' });
  });

  it('reads answers in the template’s words', () => {
    expect(describeAnswer(tone, 2)).toBe('2 — Good');
    expect(describeAnswer(check, 'na')).toBe('Not applicable');
    expect(describeAnswer(check, null)).toBe('Not answered');
  });
});
