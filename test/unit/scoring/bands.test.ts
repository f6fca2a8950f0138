import { describe, expect, it } from 'vitest';
import { bandFor, Fraction, scoreScorecard } from '../../../shared/scoring';
import { answers, check, ratio, section, template } from './build';

/** A scorecard whose exact percentage is `met` / (`met` + `missed`) of the points. */
function scoreWith(met: number, missed: number) {
  const t = template([section('s', [check('hit', { points: met }), check('miss', { points: missed })])]);
  return scoreScorecard(t, answers({ hit: 'met', miss: 'not_met' }));
}

// Rule 5: bands are chosen on the exact value, before rounding.
describe('bands', () => {
  it.each([
    [6999, 3001, '6999/100', 70, 'does-not-meet', 'Does not meet expectations'],
    [0.699999, 0.300001, '699999/10000', 70, 'does-not-meet', 'Does not meet expectations'],
    [7000, 3000, '70/1', 70, 'meets', 'Meets expectations'],
    [9000, 1000, '90/1', 90, 'meets', 'Meets expectations'],
    [0.900001, 0.099999, '900001/10000', 90, 'exceeds', 'Exceeds expectations'],
    [9001, 999, '9001/100', 90, 'exceeds', 'Exceeds expectations'],
    [0.9999, 0.0001, '9999/100', 100, 'exceeds', 'Exceeds expectations'],
  ])('%s of %s more points is %s %%: rounded %s, %s', (met, missed, exact, rounded, bandId, bandLabel) => {
    const result = scoreWith(met, missed);
    expect(ratio(result.overall?.exact)).toBe(exact);
    expect(result.overall?.rounded).toBe(rounded);
    expect(result.bandId).toBe(bandId);
    expect(result.bandLabel).toBe(bandLabel);
    expect(result.sections[0]?.bandId).toBe(bandId);
  });

  it('7 of 10 is exactly 70 and Meets', () => {
    const t = template([section('s', Array.from({ length: 10 }, (_, i) => check(`e${i}`)))]);
    const result = scoreScorecard(t, answers(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`e${i}`, i < 7 ? 'met' : 'not_met']))));
    expect(result.overall).toEqual({ exact: { numerator: '70', denominator: '1' }, value: 70, rounded: 70 });
    expect(result.bandLabel).toBe('Meets expectations');
    expect(result.meetsTarget).toBe(true);
  });

  it('never lets floating point turn an exact 70 into 69.99999', () => {
    const met = [0.7, 0.7, 0.7];
    const missed = [0.2, 0.7];
    const floatEarned = met.reduce((a, b) => a + b, 0);
    const floatPossible = [...met, ...missed].reduce((a, b) => a + b, 0);
    expect((floatEarned / floatPossible) * 100).toBeLessThan(70);

    const t = template([
      section('s', [...met.map((points, i) => check(`m${i}`, { points })), ...missed.map((points, i) => check(`x${i}`, { points }))]),
    ]);
    const result = scoreScorecard(t, answers({ m0: 'met', m1: 'met', m2: 'met', x0: 'not_met', x1: 'not_met' }));
    expect(ratio(result.overall?.exact)).toBe('70/1');
    expect(result.overall?.value).toBe(70);
    expect(result.bandId).toBe('meets');
    expect(result.meetsTarget).toBe(true);
  });

  it('respects each template’s own boundaries and inclusivity', () => {
    const t = template([section('s', [check('a')])], {
      bands: [
        { id: 'low', label: 'Low', from: 0, fromInclusive: true, to: 50, toInclusive: true },
        { id: 'high', label: 'High', from: 50, fromInclusive: false, to: 100, toInclusive: true },
      ],
      notApplicableBandId: 'high',
    });
    expect(bandFor(t, Fraction.of(50)).id).toBe('low');
    expect(bandFor(t, Fraction.of(100001, 2000)).id).toBe('high');
    expect(bandFor(t, Fraction.ZERO).id).toBe('low');
    expect(bandFor(t, Fraction.HUNDRED).id).toBe('high');
    expect(bandFor(t, null).id).toBe('high');
  });

  it('meets the target only at or above it, exactly', () => {
    const t = (target: number) => template([section('s', [check('hit', { points: 7 }), check('miss', { points: 3 })])], { target });
    const a = answers({ hit: 'met', miss: 'not_met' });
    expect(scoreScorecard(t(70), a).meetsTarget).toBe(true);
    expect(scoreScorecard(t(70.0001), a).meetsTarget).toBe(false);
    expect(scoreScorecard(t(69.9999), a).meetsTarget).toBe(true);
  });
});
