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
  function apply(row: CountedScorecard, sign: 1 | -1): void {
    const version = store.version(row.templateVersionId);
    if (!version) throw new Error(`reports: template version ${row.templateVersionId} of scorecard ${row.scorecardId} is not recorded`);
    const contribution = countsOf(version.content, decodeValues(row.answerValues));
    for (const { tier, period } of TIERS) {
      const at = period(row.day);
      const existing = store.elements(tier, at, row.agentId, row.templateVersionId, row.source);
      const next = addCounts(existing ?? new Float64Array(contribution.length), contribution, sign);
      if (isEmpty(next)) store.removeElements(tier, at, row.agentId, row.templateVersionId, row.source);
      else store.putElements(tier, at, row.agentId, row.templateVersionId, row.source, next);
    }
  }

  return {
    /** Counts a completed revision; 'older' when a later revision of the scorecard already counts. */
    count(row: CountedScorecard, version: ReportVersion): 'counted' | 'older' {
      const before = store.counted(row.scorecardId);
      if (before && before.revision >= row.revision) return 'older';
      store.saveVersion(version);
      if (before) apply(before, -1);
      store.saveCounted(row);
      apply(row, 1);
      return 'counted';
    },
    /** The scorecard now counts for another agent. */
    move(row: CountedScorecard, ownAgentId: string, agentId: string): void {
      if (row.ownAgentId === ownAgentId && row.agentId === agentId) return;
      apply(row, -1);
      store.setAgents(row.scorecardId, ownAgentId, agentId);
      apply({ ...row, ownAgentId, agentId }, 1);
    },
  };
}
export type FactsWriter = ReturnType<typeof createFactsWriter>;
