import { describe, expect, it } from 'vitest';
import { answerOptions, resolveAnswer } from '../../../renderer/model/scoring/answer-keys';
import { finishScaleEntry, typeScaleDigit, type ScaleEntry } from '../../../renderer/model/scoring/scale-entry';
import { keymap } from '../../../renderer/keyboard/keymap';
import { TemplateElement } from '../../../shared/schemas/template';

// Typing scale values from the keyboard in the scoring screen, 10 included.
const labels = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
const zeroToTen = TemplateElement.parse({ id: 'nps', kind: 'scale', label: 'Recommend', max: 10, scaleLabels: labels(11) });
const fiveToTen = TemplateElement.parse({ id: 'hi', kind: 'scale', label: 'High', min: 5, max: 10, scaleLabels: labels(6) });
const oneToFive = TemplateElement.parse({ id: 'tone', kind: 'scale', label: 'Tone', min: 1, max: 5, scaleLabels: labels(5) });
const check = TemplateElement.parse({ id: 'c', kind: 'check', label: 'Greets' });

/** Types digits one after another, as the store does, and returns the last step. */
function type(element: TemplateElement, digits: string) {
  let entry: ScaleEntry | null = null;
  let step = null;
  for (const d of digits) {
    step = typeScaleDigit(element, entry, Number(d));
    entry = step.kind === 'wait' ? step.entry : null;
  }
  return step!;
}

describe('scale values by keyboard', () => {
  it('answers a single digit at once where no longer value starts with it', () => {
    expect(type(zeroToTen, '7')).toEqual({ kind: 'answer', value: 7 });
    expect(type(zeroToTen, '0')).toEqual({ kind: 'answer', value: 0 });
    expect(type(oneToFive, '1')).toEqual({ kind: 'answer', value: 1 });
  });

  it('makes 10 of 1 then 0, with 1 waiting for the second digit and saying so', () => {
    const first = typeScaleDigit(zeroToTen, null, 1);
    expect(first).toEqual({ kind: 'wait', entry: { elementId: 'nps', typed: '1' }, hint: '1… press 0 for 10, or Enter for 1.' });
    expect(type(zeroToTen, '10')).toEqual({ kind: 'answer', value: 10 });
  });

  it('answers the waiting digit alone on Enter or after the pause', () => {
    expect(finishScaleEntry(zeroToTen, { elementId: 'nps', typed: '1' })).toEqual({ kind: 'answer', value: 1 });
  });

  it('refuses a value off the scale, naming the range', () => {
    expect(type(zeroToTen, '11')).toEqual({ kind: 'refuse', reason: 'This element takes a value from 0 to 10: 11 is not one of them.' });
    expect(type(oneToFive, '0')).toEqual({ kind: 'refuse', reason: 'This element takes a value from 1 to 5: 0 is not one of them.' });
    expect(type(oneToFive, '6')).toMatchObject({ kind: 'refuse' });
  });

  it('on a 5–10 scale, 1 is only ever the start of 10: it waits, and alone it is refused', () => {
    expect(typeScaleDigit(fiveToTen, null, 1)).toEqual({ kind: 'wait', entry: { elementId: 'hi', typed: '1' }, hint: '1… press 0 for 10.' });
    expect(finishScaleEntry(fiveToTen, { elementId: 'hi', typed: '1' })).toMatchObject({ kind: 'refuse' });
    expect(type(fiveToTen, '10')).toEqual({ kind: 'answer', value: 10 });
  });

  it('does not carry digits from one element to another', () => {
    const elsewhere = typeScaleDigit(zeroToTen, { elementId: 'other', typed: '1' }, 0);
    expect(elsewhere).toEqual({ kind: 'answer', value: 0 });
  });

  it('leaves a digit on a met / not met element to the same refusal as before', () => {
    expect(typeScaleDigit(check, null, 2)).toEqual({ kind: 'refuse', reason: 'This element takes met or not met: press M or N.' });
  });

  it('shows every point’s keys on its button, 10 included, and a long scale as a range in refusals', () => {
    expect(answerOptions(zeroToTen).map((o) => o.key).slice(-2)).toEqual(['9', '10']);
    expect(resolveAnswer(zeroToTen, 'met')).toEqual({ ok: false, reason: 'This element takes a value from 0 to 10: type 0 to 10.' });
  });

  it('is in the key sheet: the digits with 10, and Enter to answer a waiting digit', () => {
    const scale = keymap.find((b) => b.command === 'answer.scale')!;
    expect(scale.display).toBe('0 – 10');
    expect(scale.description).toContain('10 is 1 then 0');
    expect(keymap.find((b) => b.command === 'answer.scaleConfirm')).toMatchObject({ keys: ['Enter'], scope: 'scoring' });
  });
});
