import { addCounts, countsOf, decodeValues, isEmpty } from '../../../../shared/reports/element-counts';
import { monthOf } from '../../../../shared/reports/local-day';
import type { CountedScorecard, FactsStore, ReportVersion, Tier } from './store';

const TIERS: { tier: Tier; period: (day: string) => string }[] = [
  { tier: 'day', period: (day) => day },
  { tier: 'month', period: monthOf },
];

/**
 * Keeps the facts in step, inside the caller's transaction: a scorecard
 * counts with its latest completed revision (a later one replaces its
 * contribution, an older one arriving late changes nothing), and moving it to
 * another agent (a merge, or undoing one) moves its contribution.
 */
export function createFactsWriter(store: FactsStore) {
  function contributionOf(row: CountedScorecard): Float64Array {
    const version = store.version(row.templateVersionId);
    if (!version) throw new Error(`reports: template version ${row.templateVersionId} of scorecard ${row.scorecardId} is not recorded`);
    return countsOf(version.content, decodeValues(row.answerValues));
  }

  /** Adds `sign` × each row's contribution to its element rows, each row read and written once however many rows share it. */
  function apply(rows: readonly { row: CountedScorecard; sign: 1 | -1 }[]): void {
    const sums = new Map<string, { tier: Tier; at: string; row: CountedScorecard; counts: Float64Array }>();
    for (const { row, sign } of rows) {
      const contribution = contributionOf(row);
      for (const { tier, period } of TIERS) {
        const at = period(row.day);
        const key = `${tier}\u0000${at}\u0000${row.agentId}\u0000${row.templateVersionId}\u0000${row.source}`;
        const sum = sums.get(key);
        if (sum) addCounts(sum.counts, contribution, sign);
        else sums.set(key, { tier, at, row, counts: addCounts(new Float64Array(contribution.length), contribution, sign) });
      }
    }
    for (const { tier, at, row, counts } of sums.values()) {
      const existing = store.elements(tier, at, row.agentId, row.templateVersionId, row.source);
      const next = existing ? addCounts(existing, counts, 1) : counts;
      if (isEmpty(next)) store.removeElements(tier, at, row.agentId, row.templateVersionId, row.source);
      else store.putElements(tier, at, row.agentId, row.templateVersionId, row.source, next);
    }
  }

  /**
   * Counts completed revisions, in order, as `count` would one by one; the element rows they touch are each written
   * once. Returns how many counted (the others were older than one already counted).
   */
  function countAll(items: readonly { row: CountedScorecard; version: ReportVersion }[]): number {
    // What counts for each scorecard once the revisions before it in `items` are counted.
    const counting = new Map<string, CountedScorecard | null>();
    const changes: { row: CountedScorecard; sign: 1 | -1 }[] = [];
    for (const { row, version } of items) {
      const before = counting.has(row.scorecardId) ? counting.get(row.scorecardId)! : store.counted(row.scorecardId);
      if (before && before.revision >= row.revision) continue;
      store.saveVersion(version);
      if (before) changes.push({ row: before, sign: -1 });
      store.saveCounted(row);
      counting.set(row.scorecardId, row);
      changes.push({ row, sign: 1 });
    }
    apply(changes);
    return changes.filter((c) => c.sign === 1).length;
  }

  return {
    /** Counts a completed revision; 'older' when a later revision of the scorecard already counts. */
    count: (row: CountedScorecard, version: ReportVersion): 'counted' | 'older' => (countAll([{ row, version }]) === 1 ? 'counted' : 'older'),
    countAll,
    /** The scorecard now counts for another agent. */
    move(row: CountedScorecard, ownAgentId: string, agentId: string): void {
      if (row.ownAgentId === ownAgentId && row.agentId === agentId) return;
      apply([
        { row, sign: -1 },
        { row: { ...row, ownAgentId, agentId }, sign: 1 },
      ]);
      store.setAgents(row.scorecardId, ownAgentId, agentId);
    },
  };
}
export type FactsWriter = ReturnType<typeof createFactsWriter>;
