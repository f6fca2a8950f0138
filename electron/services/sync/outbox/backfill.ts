import type Database from 'better-sqlite3';
import { scorecardKind } from '../../../../shared/sync/kinds';
import type { BackfillsStore } from '../store/backfills';
import { freezeRevision, queueFrozen, type EnqueueDeps } from './enqueue';

const CHUNK = 200;
/**
 * Scorecards frozen per transaction: building and signing each takes about half a millisecond, so 200 held every
 * other call (a reviewer's saved answer) for up to 175 ms; 50, for up to 65 ms, the whole job some 3% longer
 * (10 000 scorecards, 30 November).
 */
const FREEZE_CHUNK = 50;

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

export interface BackfillDeps extends EnqueueDeps {
  db: Database.Database;
  backfills: BackfillsStore;
}

/**
 * "Send existing": queues, for a target, every document revision completed
 * before it existed (or, after adopting another share, everything again).
 * Every revision's document frozen at its completion, so the target receives
 * the same bytes every other target got, earlier revisions included, and a
 * scorecard whose next revision is still a draft is not left out.
 *
 * Durable (migration 005): `begin` writes the job in the caller's
 * transaction (the one adding the target), each chunk is queued in one
 * transaction with the job's cursor, and the job is removed with its last
 * chunk, so a quit or a crash at any moment resumes at the next start
 * exactly where it stopped. Chunks yield between them, so the app stays
 * responsive over years of documents.
 */
export function createBackfiller(deps: BackfillDeps) {
  const running = new Map<string, Promise<void>>();
  const stop = new AbortController();

  /** Scorecards completed by a Callmark that did not freeze documents (before sync existed): their current revision is frozen now, once. */
  async function freezeUnfrozen(): Promise<void> {
    if (!deps.builders.has(scorecardKind.kind)) return;
    for (let after = ''; !stop.signal.aborted; ) {
      const rows = deps.documents.unfrozenScorecards(after, FREEZE_CHUNK);
      if (!rows.length) return;
      deps.db.transaction(() => {
        for (const r of rows) freezeRevision(deps, { kind: scorecardKind.kind, documentId: r.scorecardId, revision: r.revision });
      })();
      after = rows[rows.length - 1]!.scorecardId;
      await yieldToOthers();
    }
  }

  async function walk(targetId: string): Promise<void> {
    await freezeUnfrozen();
    while (!stop.signal.aborted) {
      // Read again each time: the job may have been started over (a share adopted) or removed with its target.
      const job = deps.backfills.get(targetId);
      if (!job || !deps.targets.get(targetId)) return;
      const refs = deps.documents.refsAfter(job.after, CHUNK);
      deps.db.transaction(() => {
        for (const ref of refs) queueFrozen(deps, [targetId], ref);
        if (refs.length < CHUNK) deps.backfills.finish(targetId);
        else deps.backfills.advance(targetId, refs[refs.length - 1]!, refs.length);
      })();
      deps.drainer.wakeSoon([targetId]);
      if (refs.length < CHUNK) return;
      await yieldToOthers();
    }
  }

  function run(targetId: string): void {
    if (running.has(targetId) || stop.signal.aborted) return;
    const job = walk(targetId)
      .catch((error: unknown) => console.error(`callmark: queueing earlier documents for target ${targetId} failed`, error))
      .finally(() => running.delete(targetId));
    running.set(targetId, job);
  }

  return {
    /** Records the job; call inside the transaction that adds the target (or adopts a share), then `run` after it commits. */
    begin(targetId: string): void {
      deps.backfills.start(targetId, deps.documents.count() + deps.documents.countUnfrozenScorecards(), deps.now());
    },
    run,
    /** Jobs left by the last run (a quit or a crash mid-way) go on from their cursor. */
    resume(): void {
      for (const job of deps.backfills.list()) run(job.targetId);
    },
    /** Looked at so far, of all there is: for the Sync screen. Null when no job runs for the target. */
    progress(targetId: string): { done: number; total: number } | null {
      const job = deps.backfills.get(targetId);
      return job ? { done: job.done, total: Math.max(job.total, job.done) } : null;
    },
    async whenIdle(): Promise<void> {
      while (running.size) await Promise.allSettled([...running.values()]);
    },
    async close(): Promise<void> {
      stop.abort();
      await Promise.allSettled([...running.values()]);
    },
  };
}
export type Backfiller = ReturnType<typeof createBackfiller>;
