import type Database from 'better-sqlite3';
import type { DocumentRef } from '../../../../shared/sync/kinds';

/** One target's "send existing" in progress: where its walk over frozen documents has got to. */
export interface Backfill {
  targetId: string;
  /** The last document queued (or looked at); null before the first. */
  after: DocumentRef | null;
  done: number;
  total: number;
  startedAt: string;
}

interface BackfillRow {
  target_id: string;
  after_kind: string;
  after_document_id: string;
  after_revision: number;
  done: number;
  total: number;
  started_at: string;
}

const toBackfill = (r: BackfillRow): Backfill => ({
  targetId: r.target_id,
  after: r.after_kind ? { kind: r.after_kind, documentId: r.after_document_id, revision: r.after_revision } : null,
  done: r.done,
  total: r.total,
  startedAt: r.started_at,
});

/**
 * "Send existing" as durable work (migration 005): the row is written with
 * the target (or the adoption), moved on in the transaction that queues each
 * chunk, and removed in the one that queues the last, so a quit or a crash at
 * any moment resumes where it stopped.
 */
export function createBackfillsStore(db: Database.Database) {
  const upsert = db.prepare(
    `INSERT INTO sync_backfills (target_id, done, total, started_at) VALUES (@targetId, 0, @total, @at)
     ON CONFLICT (target_id) DO UPDATE SET after_kind = '', after_document_id = '', after_revision = 0, done = 0, total = excluded.total, started_at = excluded.started_at`,
  );
  const advance = db.prepare(
    `UPDATE sync_backfills SET after_kind = @kind, after_document_id = @documentId, after_revision = @revision, done = done + @queued, total = MAX(total, done + @queued)
     WHERE target_id = @targetId`,
  );
  const grow = db.prepare('UPDATE sync_backfills SET total = total + ? WHERE target_id = ?');
  const remove = db.prepare('DELETE FROM sync_backfills WHERE target_id = ?');
  const one = db.prepare<[string], BackfillRow>('SELECT * FROM sync_backfills WHERE target_id = ?');
  const all = db.prepare<[], BackfillRow>('SELECT * FROM sync_backfills ORDER BY started_at, target_id');
  return {
    /** Starts (or starts again from the beginning) the walk for a target. */
    start: (targetId: string, total: number, at: string) => void upsert.run({ targetId, total, at }),
    advance: (targetId: string, after: DocumentRef, queued: number) => void advance.run({ targetId, ...after, queued }),
    /** More documents to look at than counted at the start (frozen meanwhile). */
    grow: (targetId: string, by: number) => void grow.run(by, targetId),
    finish: (targetId: string) => void remove.run(targetId),
    get: (targetId: string): Backfill | null => {
      const row = one.get(targetId);
      return row ? toBackfill(row) : null;
    },
    list: (): Backfill[] => all.all().map(toBackfill),
  };
}
export type BackfillsStore = ReturnType<typeof createBackfillsStore>;
