import type { EnqueueDeps } from './enqueue';
import { queueRevision } from './enqueue';

const CHUNK = 200;

/**
 * Queues, for a newly added target, every scorecard completed before it
 * existed (when the user asks for it). In chunks, each its own transaction,
 * yielding between them so the app stays responsive over years of scorecards.
 */
export async function backfillTarget(deps: EnqueueDeps, targetId: string, signal: AbortSignal): Promise<number> {
  const page = deps.ctx.db.prepare<[string, number], { id: string; revision: number }>(
    `SELECT id, revision FROM scorecards WHERE status = 'completed' AND id > ? ORDER BY id LIMIT ?`,
  );
  let after = '';
  let queued = 0;
  for (;;) {
    if (signal.aborted) return queued;
    const rows = page.all(after, CHUNK);
    if (!rows.length) return queued;
    deps.ctx.db.transaction(() => {
      for (const r of rows) queued += queueRevision(deps, [targetId], r.id, r.revision);
    })();
    after = rows[rows.length - 1]!.id;
    deps.drainer.wakeSoon([targetId]);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
