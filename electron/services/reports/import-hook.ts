import type { ScorecardExport } from '../../../shared/export/schema';
import { storedScoreOfExport } from '../../../shared/reports/stored-score';
import { scorecardKind } from '../../../shared/sync/kinds';
import type { IdentityStore } from '../agents/identity-store';
import type { ImportedEvent } from '../hooks';
import type { Repositories } from '../repositories';
import { countingOfImport, type Counting } from './facts/sources';
import type { FactsWriter } from './facts/writer';

export interface ImportCountDeps {
  repos: Repositories;
  identity: IdentityStore;
  writer: FactsWriter;
  timeZone(): string;
}

/**
 * Reports' `react` to an import batch: each colleague's scorecard gets its
 * stored score, and counts in the facts when its agent is attached to one of
 * ours (phase `project` attached it). The batch's revisions are counted
 * together, so each element row they share is written once.
 */
export const countImported =
  ({ repos, identity, writer, timeZone }: ImportCountDeps) =>
  (events: readonly ImportedEvent[]): void => {
    // Agents are neither attached nor merged in this phase: each is looked up once per batch.
    const attached = memo((foreignId: string) => identity.attachedAgentOf(foreignId));
    const survivors: IdentityStore = { ...identity, survivorOf: memo((agentId: string) => identity.survivorOf(agentId)) };
    const zone = timeZone();
    const countings: Counting[] = [];
    for (const { ref, document } of events) {
      if (ref.kind !== scorecardKind.kind) continue;
      const doc = document as ScorecardExport;
      // A colleague's document never stands in for one of this install's scorecards, whatever id it claims.
      if (repos.scorecards.get(doc.scorecardId)) continue;
      const score = storedScoreOfExport(doc);
      repos.scores.insert(doc.scorecardId, doc.revision, 'team', score);
      const own = attached(doc.agent.id);
      if (own) countings.push(countingOfImport(doc, score, own, survivors, zone));
    }
    writer.countAll(countings);
  };

function memo<T>(look: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (!known.has(key)) known.set(key, look(key));
    return known.get(key)!;
  };
}
