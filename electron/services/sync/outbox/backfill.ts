import type Database from 'better-sqlite3';
import { scorecardKind, type DocumentRef } from '../../../../shared/sync/kinds';
import { freezeRevision, queueFrozen, type EnqueueDeps } from './enqueue';

const CHUNK = 200;

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Queues, for a newly added target, every document revision completed before
 * it existed (when the user asks for it): every revision's document frozen at
 * its completion, so the target receives the same bytes every other target
 * got, earlier revisions included, and a scorecard whose next revision is
 * still a draft is not left out. In chunks, each its own transaction, yielding
 * between them so the app stays responsive over years of documents.
 */
export async function backfillTarget(deps: EnqueueDeps & { db: Database.Database }, targetId: string, signal: AbortSignal): Promise<number> {
  const { db } = deps;
  // Scorecards completed by a Callmark that did not freeze documents yet (before sync existed) have none:
  // their current revision is frozen now, once, from the data as it is now. Earlier revisions of those are not rebuilt.
  if (deps.builders.has(scorecardKind.kind)) {
    for (let after = ''; ; ) {
      if (signal.aborted) return 0;
      const rows = deps.documents.unfrozenScorecards(after, CHUNK);
      if (!rows.length) break;
      db.transaction(() => {
        for (const r of rows) freezeRevision(deps, { kind: scorecardKind.kind, documentId: r.scorecardId, revision: r.revision });
      })();
      after = rows[rows.length - 1]!.scorecardId;
      await yieldToOthers();
    }
  }

  let queued = 0;
  for (let after: DocumentRef | null = null; ; ) {
    if (signal.aborted) return queued;
    // Removed while backfilling: nothing more to queue (the rows would be refused by the foreign key anyway).
    if (!deps.targets.get(targetId)) return queued;
    const refs = deps.documents.refsAfter(after, CHUNK);
    if (!refs.length) return queued;
    db.transaction(() => {
      for (const ref of refs) queued += queueFrozen(deps, [targetId], ref);
    })();
    after = refs[refs.length - 1]!;
    deps.drainer.wakeSoon([targetId]);
    await yieldToOthers();
  }
}
