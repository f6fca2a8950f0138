import { describe, expect, it } from 'vitest';
import { classifySession, computeResults, factsOf, resultsCsv, reviewerDrift, type CalibrationResults } from '../../../shared/calibration';
import { builtinTemplate } from '../../../shared/templates/builtin';
import { parseCsv } from '../csv/parse-csv';
import { answers, participants, percentage, revealDoc, sessionDoc, submitted } from './support/documents';

const NOW = '2026-11-25T12:00:00.000Z';

/** Four reviewers on the built-in call: Ann is the reference, Dan submits after the reveal. */
function openSession() {
  const people = participants('Ann', 'Ben', 'Cat', 'Dan');
  const [ann, ben, cat, dan] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0], (typeof people)[0]];
  const session = sessionDoc({ participants: people, referenceKey: ann.key });
  const all = [
    // 19 of 20 met: 95 %.
    submitted(session, ann, { answers: answers(builtinTemplate, { 'close-2': '' }), score: percentage(95), at: '2026-11-21T09:00:00.000Z' }),
    // 17 of 20: 85 %, 10 points below the reference.
    submitted(session, ben, { answers: answers(builtinTemplate, { 'close-2': 'Did not summarise', 'welcome-1': 'Late greeting', 'welcome-3': '' }), score: percentage(85), at: '2026-11-21T10:00:00.000Z' }),
    // 18 of 20: 90 %.
    submitted(session, cat, { answers: answers(builtinTemplate, { 'welcome-1': 'Greeting after 10 s', 'welcome-3': '' }), score: percentage(90), at: '2026-11-21T11:00:00.000Z' }),
    submitted(session, dan, { answers: answers(builtinTemplate), score: percentage(100), at: '2026-11-23T09:00:00.000Z' }),
  ];
  const state = classifySession(
    {
      sessions: [session],
      commitments: all.map((x) => x.commitment),
      submissions: all.map((x) => x.submission),
      reveals: [revealDoc(session, '2026-11-22T09:00:00.000Z')],
      outcomes: [],
    },
    NOW,
  )!;
  return { session, state, people };
}

describe('calibration results', () => {
  it('per participant: score, deviation from the reference and the median, ±5 verdicts; late ones shown and measured, not counted', () => {
    const { session, state } = openSession();
    const results = computeResults(session, state.shown, []);
    expect(results.participants.map((p) => [p.name, p.score, p.late, p.fromReference, p.fromMedian])).toEqual([
      ['Ann', 95, false, null, { points: 5, within: true }],
      ['Ben', 85, false, { points: -10, within: false }, { points: -5, within: true }],
      ['Cat', 90, false, { points: -5, within: true }, { points: 0, within: true }],
      ['Dan', 100, true, { points: 5, within: true }, { points: 10, within: false }],
    ]);
    // The group: Ann, Ben, Cat only. sd of 95, 85, 90 = 5.
    expect(results.spread).toEqual({ n: 3, min: 85, max: 95, median: 90, mean: 90, sd: 5 });
    expect(results.referenceScore).toBe(95);
  });

  it('per element: worst agreement first, answers and comments side by side, distribution of the counted answers', () => {
    const { session, state } = openSession();
    const results = computeResults(session, state.shown, [{ elementId: 'welcome-1', agreedAnswer: 'not_met', note: 'Greeting must come first', guidance: 'Greet within 5 seconds.' }]);
    const order = results.elements.map((e) => e.elementId);
    // welcome-1, welcome-3 and close-2 split 1–2 or 2–1 (a third of pairs agree), every other element is unanimous.
    expect(order.slice(0, 3)).toEqual(['welcome-1', 'welcome-3', 'close-2']);
    const welcome1 = results.elements[0]!;
    expect(welcome1).toMatchObject({ number: '1.1', sectionTitle: 'Welcome', scale: false, unanswered: 0 });
    expect(welcome1.agreement.percent.value).toBeCloseTo(1 / 3, 12);
    expect(welcome1.distribution.map((d) => [d.label, d.count])).toEqual([
      ['Met', 1],
      ['Not met', 2],
      ['Not applicable', 0],
    ]);
    expect(welcome1.answers.map((a) => [a.label, a.comment, a.late])).toEqual([
      ['Met', '', false],
      ['Not met', 'Late greeting', false],
      ['Not met', 'Greeting after 10 s', false],
      ['Met', '', true],
    ]);
    expect(welcome1.outcome?.guidance).toBe('Greet within 5 seconds.');
    expect(results.elements.at(-1)!.agreement.percent.value).toBe(1);
    // Across the call: 3 raters × 20 elements; only the three split elements disagree.
    expect(results.overall.percent.value).toBeCloseTo((17 + 3 / 3) / 20, 12);
  });

  it('exports the same numbers as CSV, safe for spreadsheets', () => {
    const { session, state } = openSession();
    const results = computeResults(session, state.shown, [{ elementId: 'welcome-1', agreedAnswer: 'not_met', note: '=HYPERLINK("x")', guidance: null }]);
    const rows = parseCsv(resultsCsv(factsOf(session), state.opened!, results));
    const participantsHeader = rows.findIndex((r) => r[0] === 'Participant');
    expect(rows[participantsHeader + 2]).toEqual(['Ben', 'Ben', 'no', 'no', '85', 'Meets expectations', '-10', 'no', '-5', 'yes']);
    const elementRows = rows.slice(rows.findIndex((r) => r[0] === 'Element') + 1);
    expect(elementRows[0]!.slice(0, 4)).toEqual(['1.1', 'Welcome', builtinTemplate.sections[0]!.elements[0]!.label, '0.3333']);
    expect(elementRows[0]!.slice(-3)).toEqual(['Not met', `'=HYPERLINK("x")`, '']);
    expect(elementRows).toHaveLength(20);
  });
});

describe('reviewer drift', () => {
  const sessionOf = (sessionId: string, at: string, rows: [string, number | null, number | null, boolean?][]): { sessionId: string; title: string; at: string; results: CalibrationResults } => ({
    sessionId,
    title: `Session ${sessionId.slice(0, 1)}`,
    at,
    results: {
      participants: rows.map(([reviewerId, fromReference, fromMedian, late]) => ({
        key: reviewerId,
        name: reviewerId,
        reviewerId,
        reviewerName: `Reviewer ${reviewerId.slice(0, 1)}`,
        reference: fromReference === null,
        late: late ?? false,
        score: 80,
        bandLabel: 'Meets expectations',
        automaticFail: false,
        fromReference: fromReference === null ? null : { points: fromReference, within: Math.abs(fromReference) <= 5 },
        fromMedian: fromMedian === null ? null : { points: fromMedian, within: Math.abs(fromMedian) <= 5 },
      })),
      spread: { n: 0, min: null, max: null, median: null, mean: null, sd: null },
      referenceScore: 80,
      elements: [],
      overall: { percent: { value: null, units: 0, reason: '' }, fleissKappa: { value: null, units: 0, reason: '' }, gwetAc1: { value: null, units: 0, reason: '' }, alphaNominal: { value: null, units: 0, reason: '' }, alphaOrdinal: null, alphaInterval: null, cohenKappa: null },
    },
  });
  const A = '00000000-0000-4000-8000-00000000000a';
  const B = '00000000-0000-4000-8000-00000000000b';
  const R = '00000000-0000-4000-8000-00000000000c';

  it('lists each reviewer’s deviation per session, oldest first, with the signed and absolute means; the reference measured from the median', () => {
    const drift = reviewerDrift([
      sessionOf('22222222-0000-4000-8000-000000000000', '2026-10-02T00:00:00.000Z', [[A, 6, 3], [B, -2, -1], [R, null, 1]]),
      sessionOf('11111111-0000-4000-8000-000000000000', '2026-09-01T00:00:00.000Z', [[A, 10, 4], [B, 4, 2, true], [R, null, -2]]),
    ]);
    expect(drift.sessions.map((s) => s.at)).toEqual(['2026-09-01T00:00:00.000Z', '2026-10-02T00:00:00.000Z']);
    const byId = new Map(drift.reviewers.map((r) => [r.reviewerId, r]));
    expect(byId.get(A)).toMatchObject({ meanDeviation: 8, meanAbsoluteDeviation: 8 });
    expect(byId.get(A)!.points.map((p) => [p.points, p.from])).toEqual([
      [10, 'reference'],
      [6, 'reference'],
    ]);
    // B's late submission is left out.
    expect(byId.get(B)).toMatchObject({ meanDeviation: -2, meanAbsoluteDeviation: 2 });
    expect(byId.get(R)).toMatchObject({ meanDeviation: -0.5, meanAbsoluteDeviation: 1.5 });
    expect(byId.get(R)!.points.every((p) => p.from === 'median')).toBe(true);
  });

  it('is empty with no open session', () => {
    expect(reviewerDrift([])).toEqual({ sessions: [], reviewers: [] });
  });
});
