import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../shared/schemas/scorecard';
import { TemplateContent } from '../../../shared/schemas/template';
import { TemplateDefinition, type TemplateDefinitionInput } from '../../../shared/templates/definition';
import type { ElementMap } from '../../../shared/templates/element-map';
import { whatIf, type CompletedAnswers } from '../../../shared/templates/what-if';
import { check, draft, scale, section } from './build';

// Version N, as published and scored: seed bands (below 70 does not meet).
const before = TemplateContent.parse(
  draft([
    section('open', [check('greet', 'Greets'), check('intro', 'Introduces self and team'), check('upbeat', 'Upbeat', { allowNotApplicable: true })]),
    section('close', [check('summary', 'Summarises'), check('hold', 'Asks before hold'), check('silence', 'Explains silence', { allowNotApplicable: true }), check('bye', 'Says goodbye')]),
  ]),
);

// The draft of N+1: "meets" now starts at 60, and elements were split, merged, added and changed.
const draftInput: TemplateDefinitionInput = draft(
  [
    section('open', [check('greet', 'Greets'), check('intro-self', 'Introduces self'), check('intro-team', 'Introduces team'), check('smile', 'Smiles'), check('friendly', 'Friendly')]),
    section('close', [scale('summary', 2), check('hold-silence', 'Asks before hold and explains silence', { allowNotApplicable: true }), check('bye', 'Says goodbye', { commentRequiredWhen: 'always' })]),
  ],
  {
    bands: [
      { id: 'does-not-meet', label: 'Does not meet expectations', from: 0, fromInclusive: true, to: 60, toInclusive: false },
      { id: 'meets', label: 'Meets expectations', from: 60, fromInclusive: true, to: 90, toInclusive: true },
      { id: 'exceeds', label: 'Exceeds expectations', from: 90, fromInclusive: false, to: 100, toInclusive: true },
    ],
  },
);
const next = TemplateDefinition.parse(draftInput);

const map: ElementMap = {
  entries: [
    { kind: 'same', from: 'greet', to: 'greet' },
    { kind: 'split', from: 'intro', to: ['intro-self', 'intro-team'] },
    { kind: 'new', to: 'smile' },
    { kind: 'same', from: 'upbeat', to: 'friendly' },
    { kind: 'same', from: 'summary', to: 'summary' },
    { kind: 'merged', from: ['hold', 'silence'], to: 'hold-silence' },
    { kind: 'same', from: 'bye', to: 'bye' },
  ],
};

const scorecard = (scorecardId: string, values: Record<string, AnswerValue>, comments: Record<string, string> = {}): CompletedAnswers => ({
  scorecardId,
  answers: Object.entries(values).map(([elementId, value]) => ({ elementId, value, comment: comments[elementId] ?? '' })),
});

const allMet = scorecard('a', { greet: 'met', intro: 'met', upbeat: 'met', summary: 'met', hold: 'met', silence: 'na', bye: 'met' }, { hold: 'Asked politely' });
const missedParts = scorecard('b', { greet: 'met', intro: 'not_met', upbeat: 'na', summary: 'met', hold: 'not_met', silence: 'met', bye: 'met' });
const weak = scorecard('c', { greet: 'met', intro: 'met', upbeat: 'met', summary: 'not_met', hold: 'not_met', silence: 'met', bye: 'not_met' });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('what-if: rescoring completed scorecards under a draft', () => {
  const result = whatIf(before, next, map, deepFreeze([allMet, missedParts, weak]));
  const [a, b, c] = result.scorecards;

  it('carries what the map allows: same answers, a met whole to its parts, all-met or a missed part to a merge', () => {
    expect(Object.fromEntries([...a!.answers].map(([id, answer]) => [id, answer.value]))).toEqual({
      greet: 'met',
      'intro-self': 'met',
      'intro-team': 'met',
      friendly: 'met',
      'hold-silence': 'met',
      bye: 'met',
    });
    expect(a!.answers.get('hold-silence')!.comment).toBe('Asked politely');
    expect(b!.answers.get('hold-silence')!.value).toBe('not_met');
  });

  it('says, per element, what could not be carried and why', () => {
    expect(a!.notCarried.map((n) => n.reason)).toEqual([
      '"Smiles" is new: the scorecard has no answer for it.',
      '"Element summary" is now answered a 0–2 scale (it was met / not met), so the old answer does not carry.',
    ]);
    expect(b!.notCarried.map((n) => n.reason)).toEqual([
      '"Introduces self" was split from an element that was not fully met: which part was missed is not known.',
      '"Introduces team" was split from an element that was not fully met: which part was missed is not known.',
      '"Smiles" is new: the scorecard has no answer for it.',
      '"Friendly" cannot be marked not applicable.',
      '"Element summary" is now answered a 0–2 scale (it was met / not met), so the old answer does not carry.',
    ]);
  });

  it('scores both sides with the engine: old score and band under version N, new (provisional) under the draft', () => {
    expect(a!.before).toEqual({ percent: 100, rounded: 100, bandId: 'exceeds', bandLabel: 'Exceeds expectations', automaticFail: false, provisional: false });
    expect(a!.after).toMatchObject({ percent: 100, bandId: 'exceeds', provisional: true });
    // b: 4 of 6 before (66.7 %, below 70); 2 of 3 carried after, which the draft's bands call "meets".
    expect(b!.before).toMatchObject({ rounded: 66.7, bandId: 'does-not-meet' });
    expect(b!.after).toMatchObject({ rounded: 66.7, bandId: 'meets' });
    expect(b).toMatchObject({ bandChanged: true, change: 0 });
    // c: 4 of 7 (57.1 %) before; 4 of 6 (66.7 %) after.
    expect(c!.before.rounded).toBe(57.1);
    expect(c!.after.rounded).toBe(66.7);
    expect(c!.change).toBeCloseTo(200 / 3 - 400 / 7, 12);
  });

  it('sums up how many would change band, in which direction, and how many could not be fully carried', () => {
    expect(result.summary).toEqual({
      scorecards: 3,
      bandChanged: 2,
      raised: 1,
      lowered: 0,
      unchanged: 2,
      incomplete: 3,
      meanBefore: expect.closeTo((100 + 200 / 3 + 400 / 7) / 3, 12),
      meanAfter: expect.closeTo((100 + 200 / 3 + 200 / 3) / 3, 12),
      transitions: [
        { from: { bandId: 'exceeds', bandLabel: 'Exceeds expectations' }, to: { bandId: 'exceeds', bandLabel: 'Exceeds expectations' }, count: 1 },
        { from: { bandId: 'does-not-meet', bandLabel: 'Does not meet expectations' }, to: { bandId: 'meets', bandLabel: 'Meets expectations' }, count: 2 },
      ],
    });
  });

  it('never changes the completed scorecards (they were frozen), and gives an empty summary for none', () => {
    expect(allMet.answers[0]).toEqual({ elementId: 'greet', value: 'met', comment: '' });
    const none = whatIf(before, next, map, []);
    expect(none).toMatchObject({ summary: { scorecards: 0, bandChanged: 0, meanBefore: null, meanAfter: null, transitions: [] } });
  });

  it('carries a merge of parts all not applicable as not applicable, and an unanswered part as nothing', () => {
    const naOnly = whatIf(before, next, map, [scorecard('d', { greet: 'met', intro: 'met', upbeat: 'met', summary: 'met', hold: 'na', silence: 'na', bye: 'met' })]);
    // "hold" does not allow not applicable, so under version N that answer was never valid: nothing to carry.
    expect(naOnly.scorecards[0]!.notCarried.map((n) => n.elementId)).toContain('hold-silence');
    const merged = whatIf(
      TemplateContent.parse(draft([section('s', [check('x', 'X', { allowNotApplicable: true }), check('y', 'Y', { allowNotApplicable: true })])])),
      TemplateDefinition.parse(draft([section('s', [check('xy', 'X and Y', { allowNotApplicable: true })])])),
      { entries: [{ kind: 'merged', from: ['x', 'y'], to: 'xy' }] },
      [scorecard('e', { x: 'na', y: 'na' })],
    );
    expect(merged.scorecards[0]!.answers.get('xy')!.value).toBe('na');
  });

  it('rescores a 1–5 scale from its minimum: 1 earns nothing, 3 half, 5 all (rule 1 with min)', () => {
    const oneToFive = TemplateDefinition.parse(draft([section('s', [scale('x', 5, { min: 1 })])]));
    const scored = whatIf(oneToFive, oneToFive, { entries: [{ kind: 'same', from: 'x', to: 'x' }] }, ([1, 3, 5] as const).map((v) => scorecard(`s${v}`, { x: v })));
    expect(scored.scorecards.map((s) => s.after.percent)).toEqual([0, 50, 100]);
    expect(scored.scorecards.map((s) => s.before.percent)).toEqual([0, 50, 100]);
  });
});
