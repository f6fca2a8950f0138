import type { EnqueueDeps } from './enqueue';
import { freezeRevision, queueFrozen } from './enqueue';

const CHUNK = 200;

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Queues, for a newly added target, every scorecard revision completed before
 * it existed (when the user asks for it): every revision's document frozen at
 * its completion, so the target receives the same bytes every other target
 * got, earlier revisions included, and a scorecard whose next revision is
 * still a draft is not left out. In chunks, each its own transaction, yielding
 * between them so the app stays responsive over years of scorecards.
 */
export async function backfillTarget(deps: EnqueueDeps, targetId: string, signal: AbortSignal): Promise<number> {
  const { db } = deps.ctx;
  // Scorecards completed by a Callmark that did not freeze documents yet (before sync existed) have none:
  // their current revision is frozen now, once, from the data as it is now. Earlier revisions of those are not rebuilt.
  const unfrozen = db.prepare<[string, number], { id: string; revision: number }>(
    `SELECT s.id, s.revision FROM scorecards s
     WHERE s.status = 'completed' AND s.id > ?
       AND NOT EXISTS (SELECT 1 FROM export_documents d WHERE d.scorecard_id = s.id AND d.revision = s.revision)
     ORDER BY s.id LIMIT ?`,
  );
  let after = '';
  for (;;) {
    if (signal.aborted) return 0;
    const rows = unfrozen.all(after, CHUNK);
    if (!rows.length) break;
    db.transaction(() => {
      for (const r of rows) freezeRevision(deps, r.id, r.revision);
    })();
    after = rows[rows.length - 1]!.id;
    await yieldToOthers();
  }

  const frozen = db.prepare<[string, string, number, number], { scorecard_id: string; revision: number }>(
    `SELECT scorecard_id, revision FROM export_documents
     WHERE scorecard_id > ? OR (scorecard_id = ? AND revision > ?)
     ORDER BY scorecard_id, revision LIMIT ?`,
  );
  let afterId = '';
  let afterRevision = 0;
  let queued = 0;
  for (;;) {
    if (signal.aborted) return queued;
    // Removed while backfilling: nothing more to queue (the rows would be refused by the foreign key anyway).
    if (!deps.targets.get(targetId)) return queued;
    const rows = frozen.all(afterId, afterId, afterRevision, CHUNK);
    if (!rows.length) return queued;
    db.transaction(() => {
      for (const r of rows) queued += queueFrozen(deps, [targetId], r.scorecard_id, r.revision);
    })();
    afterId = rows[rows.length - 1]!.scorecard_id;
    afterRevision = rows[rows.length - 1]!.revision;
    deps.drainer.wakeSoon([targetId]);
    await yieldToOthers();
  }
}
