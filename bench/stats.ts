import { measureAgreement } from '../shared/stats/agreement/measure';
import type { RatingTable } from '../shared/stats/agreement/ratings';
import { summarise } from '../shared/stats/descriptive';
import { compareMeans } from '../shared/stats/mean-comparison';
import { meanInterval } from '../shared/stats/mean-interval';
import { printRows, time } from './harness';
import { random } from './random';

const RATERS = 12;
const ELEMENTS = 600;
const SAMPLES = 50;

/** A calibration session: each element has a "true" answer that most raters give; some miss it, a few skip. */
function session(next: () => number): RatingTable<number> {
  return {
    categories: [0, 1, 2, 3, 4],
    units: Array.from({ length: ELEMENTS }, () => {
      const truth = Math.floor(next() * 5);
      return Array.from({ length: RATERS }, () => {
        const roll = next();
        if (roll < 0.03) return null;
        return roll < 0.8 ? truth : Math.floor(next() * 5);
      });
    }),
  };
}

/** The raw limit: one pass over the same ratings, counting them per element and category. */
function bareCount(table: RatingTable<number>): number {
  const counts = new Int32Array(table.units.length * table.categories.length);
  let total = 0;
  table.units.forEach((row, u) => {
    for (const rating of row) {
      if (rating === null) continue;
      counts[u * 5 + rating]! += 1;
      total++;
    }
  });
  return total;
}

/**
 * Issue 10's calibration target: the results of a 12-participant session on a
 * 600-element template (every agreement figure per element, and across all
 * elements) under 50 ms, beside one bare counting pass over the same ratings.
 * And issue 7's per-agent report figures (95 % interval and Welch verdict for 200
 * agents) beside a bare mean over the same scores.
 */
export async function benchStats(): Promise<void> {
  const next = random(20261129);
  const table = session(next);
  let sink = 0;
  const measureSession = () => {
    for (const row of table.units) sink += measureAgreement({ categories: table.categories, units: [row] }, { scale: true }).percent.value ?? 0;
    sink += measureAgreement(table, { scale: true }).gwetAc1.value ?? 0;
  };
  // A results screen is opened after the app has run a while: time it warm, as p99 would otherwise be the first, cold run.
  time(measureSession, 5);
  const results = time(measureSession, SAMPLES);
  const bare = time(() => {
    sink += bareCount(table);
  }, SAMPLES);

  const agents = Array.from({ length: 200 }, () => Array.from({ length: 20 + Math.floor(next() * 480) }, () => 50 + next() * 50));
  const team = summarise(agents.flat());
  const report = time(() => {
    for (const scores of agents) {
      const agent = summarise(scores);
      sink += meanInterval(agent).lower ?? 0;
      sink += compareMeans(agent, team).verdict.length;
    }
  }, SAMPLES);
  const bareMeans = time(() => {
    for (const scores of agents) {
      let sum = 0;
      for (const v of scores) sum += v;
      sink += sum / scores.length;
    }
  }, SAMPLES);
  if (Number.isNaN(sink)) throw new Error('bench: a statistic came out NaN');

  printRows('Statistics (calibration and reports)', [
    {
      name: `calibration results, ${RATERS} raters × ${ELEMENTS} elements (all figures per element and overall), median`,
      value: results.median,
      unit: 'ms',
      limit: { label: 'one counting pass over the same ratings', value: bare.median },
    },
    { name: 'the same, p99 (target: under 50 ms)', value: results.p99, unit: 'ms' },
    {
      name: `per-agent 95 % interval and Welch verdict, 200 agents (${agents.flat().length.toLocaleString('en')} scores), median`,
      value: report.median,
      unit: 'ms',
      limit: { label: 'a bare mean over the same scores', value: bareMeans.median },
    },
  ]);
}
