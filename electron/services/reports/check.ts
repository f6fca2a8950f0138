import type { CheckReport } from '../../../shared/api/reports';
import { storedScoreOf, scoreDifferences, type StoredScore } from '../../../shared/reports/stored-score';
import { scoreScorecard } from '../../../shared/scoring';
import { elementKey, expectedFacts, type RebuildDeps } from './facts/rebuild';
import { revisionOf } from './facts/sources';
import type { CountedScorecard } from './facts/store';

/** Points are sums of decimals in floating point: equal to within this, counts exactly. */
const POINTS_TOLERANCE = 1e-9;

/**
 * The check behind `npm run check:scores`: every stored score against the
 * engine run again on that revision's answers (colleagues' too, with the
 * template their export carries), and every fact against the facts worked out
 * from scratch. Changes nothing; an empty list of differences is the only
 * right answer.
 */
export function checkScoresAndFacts(deps: RebuildDeps): CheckReport {
  const scoreDifferencesFound: CheckReport['scoreDifferences'] = [];
  let scoresChecked = 0;
  const compare = (scorecardId: string, revision: number, recomputed: StoredScore) => {
    scoresChecked++;
    const stored = deps.repos.scores.get(scorecardId, revision);
    const differences = stored ? scoreDifferences(stored, recomputed) : ['no stored score'];
    if (differences.length) scoreDifferencesFound.push({ scorecardId, revision, differences });
  };
  // Every completed revision in the history must have its stored score.
  for (const { scorecardId, revision } of deps.local.revisions()) {
    if (!deps.repos.scores.get(scorecardId, revision)) scoreDifferencesFound.push({ scorecardId, revision, differences: ['no stored score'] });
  }
  for (const { scorecardId, revision } of deps.repos.scores.listAll().filter((s) => s.source === 'mine')) {
    const snapshot = revisionOf(deps.repos, scorecardId, revision);
    const scorecard = deps.repos.scorecards.get(scorecardId);
    const template = scorecard && deps.repos.templates.getVersion(scorecard.templateVersionId);
    if (!snapshot || !template) continue;
    const engine = scoreScorecard(template.content, new Map(snapshot.answers.map((a) => [a.elementId, { value: a.value, comment: a.comment }])));
    compare(scorecardId, revision, storedScoreOf(template.content, new Map(snapshot.answers.map((a) => [a.elementId, a.value])), engine));
  }
  for (const doc of deps.imported.documents()) {
    const engine = scoreScorecard(doc.template.content, new Map(doc.answers.map((a) => [a.elementId, { value: a.value, comment: a.comment }])));
    // What was stored is the score the colleague's export carries; the engine here must agree with it.
    compare(doc.scorecardId, doc.revision, storedScoreOf(doc.template.content, new Map(doc.answers.map((a) => [a.elementId, a.value])), engine));
  }

  const expected = expectedFacts(deps);
  const factDifferences: string[] = [];
  let factRowsChecked = 0;
  const storedCounted = new Map(deps.facts.allCounted().map((r) => [r.scorecardId, r]));
  for (const [id, want] of expected.counted) {
    factRowsChecked++;
    const have = storedCounted.get(id);
    if (!have) factDifferences.push(`scorecard ${id} is not counted`);
    else {
      const fields = (Object.keys(want) as (keyof CountedScorecard)[]).filter((k) => have[k] !== want[k]);
      if (fields.length) factDifferences.push(`scorecard ${id} counts with ${fields.map((k) => `${k} ${String(have[k])} (expected ${String(want[k])})`).join(', ')}`);
    }
    storedCounted.delete(id);
  }
  for (const id of storedCounted.keys()) factDifferences.push(`scorecard ${id} is counted but should not be`);
  for (const tier of ['day', 'month'] as const) {
    const stored = new Map(deps.facts.allElements(tier).map((r) => [elementKey(r.period, r.agentId, r.templateVersionId, r.source), r]));
    for (const [key, want] of expected.elements[tier]) {
      factRowsChecked++;
      const have = stored.get(key);
      stored.delete(key);
      if (!have) factDifferences.push(`${tier} facts ${key} are missing`);
      else if (!sameCounts(have.counts, want.counts)) factDifferences.push(`${tier} facts ${key} differ`);
    }
    for (const key of stored.keys()) factDifferences.push(`${tier} facts ${key} should not exist`);
  }
  return { scoresChecked, scoreDifferences: scoreDifferencesFound, factRowsChecked, factDifferences };
}

function sameCounts(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) > POINTS_TOLERANCE * Math.max(1, Math.abs(b[i] ?? 0))) return false;
  return true;
}
