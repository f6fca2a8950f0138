import { storedScoreOf, storedScoreOfExport } from '../../../../shared/reports/stored-score';
import { scoreScorecard } from '../../../../shared/scoring';
import { addCounts, countsOf, decodeValues, isEmpty } from '../../../../shared/reports/element-counts';
import { monthOf } from '../../../../shared/reports/local-day';
import type { IdentityStore } from '../../agents/identity-store';
import type { Repositories } from '../../repositories';
import type { createImportedReads } from './imported-reads';
import type { createLocalReads } from './local-reads';
import { countingOfImport, countingOfLocal, type Counting } from './sources';
import type { CountedScorecard, ElementRow, FactsStore, ReportVersion, Tier } from './store';

export interface RebuildDeps {
  repos: Repositories;
  identity: IdentityStore;
  facts: FactsStore;
  local: ReturnType<typeof createLocalReads>;
  imported: ReturnType<typeof createImportedReads>;
  timeZone: () => string;
}

/**
 * Stores the score of every completed revision that has none (a database
 * from before stored scores): this install's from the engine, exactly as
 * completion stores it; colleagues' as their export carries it.
 */
export function backfillStoredScores(deps: RebuildDeps): number {
  let stored = 0;
  for (const { scorecardId, revision } of deps.local.revisions()) {
    if (deps.repos.scores.get(scorecardId, revision)) continue;
    const snapshot = deps.repos.revisions.get(scorecardId, revision);
    const scorecard = deps.repos.scorecards.get(scorecardId);
    const template = scorecard && deps.repos.templates.getVersion(scorecard.templateVersionId);
    if (!snapshot || !template) continue;
    const values = new Map(snapshot.answers.map((a) => [a.elementId, a.value] as const));
    const score = scoreScorecard(template.content, new Map(snapshot.answers.map((a) => [a.elementId, { value: a.value, comment: a.comment }])));
    if (deps.repos.scores.insert(scorecardId, revision, 'mine', storedScoreOf(template.content, values, score))) stored++;
  }
  for (const doc of deps.imported.documents()) {
    if (deps.repos.scores.insert(doc.scorecardId, doc.revision, 'team', storedScoreOfExport(doc))) stored++;
  }
  return stored;
}

/** The facts as they should be, worked out in memory from the scorecards and imports alone (never from the facts). */
export interface ExpectedFacts {
  counted: Map<string, CountedScorecard>;
  versions: Map<string, ReportVersion>;
  elements: Record<Tier, Map<string, ElementRow>>;
}

export const elementKey = (period: string, agentId: string, versionId: string, source: string) => `${period}|${agentId}|${versionId}|${source}`;

export function expectedFacts(deps: RebuildDeps): ExpectedFacts {
  const zone = deps.timeZone();
  const counted = new Map<string, CountedScorecard>();
  const versions = new Map<string, ReportVersion>();
  const keep = (c: Counting | null) => {
    if (!c) return;
    const before = counted.get(c.row.scorecardId);
    if (before && before.revision >= c.row.revision) return;
    counted.set(c.row.scorecardId, c.row);
    versions.set(c.version.templateVersionId, c.version);
  };
  for (const id of deps.local.countedIds()) keep(countingOfLocal(deps.repos, deps.identity, zone, id));
  for (const doc of deps.imported.documents()) {
    const own = deps.identity.attachedAgentOf(doc.agent.id);
    const score = deps.repos.scores.get(doc.scorecardId, doc.revision);
    // A colleague's document never stands in for a scorecard of this install, whatever id it claims.
    if (own && score && !deps.repos.scorecards.get(doc.scorecardId)) keep(countingOfImport(doc, score, own, deps.identity, zone));
  }
  const elements: ExpectedFacts['elements'] = { day: new Map(), month: new Map() };
  for (const row of counted.values()) {
    const version = versions.get(row.templateVersionId)!;
    const contribution = countsOf(version.content, decodeValues(row.answerValues));
    for (const [tier, period] of [['day', row.day], ['month', monthOf(row.day)]] as const) {
      const key = elementKey(period, row.agentId, row.templateVersionId, row.source);
      const existing = elements[tier].get(key);
      if (existing) addCounts(existing.counts, contribution, 1);
      else elements[tier].set(key, { period, agentId: row.agentId, templateVersionId: row.templateVersionId, source: row.source, counts: Float64Array.from(contribution) });
    }
  }
  for (const tier of ['day', 'month'] as const) for (const [key, row] of elements[tier]) if (isEmpty(row.counts)) elements[tier].delete(key);
  return { counted, versions, elements };
}

/** The facts from nothing, in the caller's transaction. */
export function rebuildFacts(deps: RebuildDeps): number {
  const expected = expectedFacts(deps);
  deps.facts.clear();
  for (const version of expected.versions.values()) deps.facts.saveVersion(version);
  for (const row of expected.counted.values()) deps.facts.saveCounted(row);
  for (const tier of ['day', 'month'] as const) {
    for (const r of expected.elements[tier].values()) deps.facts.putElements(tier, r.period, r.agentId, r.templateVersionId, r.source, r.counts);
  }
  return expected.counted.size;
}
