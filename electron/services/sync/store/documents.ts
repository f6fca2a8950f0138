import type Database from 'better-sqlite3';
import type { OutgoingItem } from '../delivery';

/**
 * The frozen export document of each queued revision (see migration 003 for why
 * bytes are frozen at completion). Shared by every target that queues the revision.
 */
export function createDocumentsStore(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO export_documents (scorecard_id, revision, relative_path, body, content_hash, created_at)
     VALUES (@scorecardId, @revision, @relativePath, @body, @contentHash, @createdAt)
     ON CONFLICT (scorecard_id, revision) DO NOTHING`,
  );
  const one = db.prepare<[string, number], { scorecard_id: string; revision: number; relative_path: string; body: string; content_hash: string }>(
    'SELECT scorecard_id, revision, relative_path, body, content_hash FROM export_documents WHERE scorecard_id = ? AND revision = ?',
  );
  const exists = db.prepare<[string, number], { n: number }>('SELECT 1 AS n FROM export_documents WHERE scorecard_id = ? AND revision = ?');
  // Kept while any target still needs it; every delivery and every removal of a target prunes.
  const pruneOne = db.prepare(
    `DELETE FROM export_documents WHERE scorecard_id = @scorecardId AND revision = @revision
       AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.scorecard_id = @scorecardId AND o.revision = @revision AND o.state != 'sent')`,
  );
  const pruneAll = db.prepare(
    `DELETE FROM export_documents WHERE NOT EXISTS (
       SELECT 1 FROM outbox o WHERE o.scorecard_id = export_documents.scorecard_id AND o.revision = export_documents.revision AND o.state != 'sent')`,
  );
  return {
    insert: (item: OutgoingItem, createdAt: string) => void insert.run({ ...item, createdAt }),
    has: (scorecardId: string, revision: number) => exists.get(scorecardId, revision) !== undefined,
    get: (scorecardId: string, revision: number): OutgoingItem | null => {
      const r = one.get(scorecardId, revision);
      return r ? { scorecardId: r.scorecard_id, revision: r.revision, relativePath: r.relative_path, body: r.body, contentHash: r.content_hash } : null;
    },
    prune: (scorecardId: string, revision: number) => void pruneOne.run({ scorecardId, revision }),
    pruneUnneeded: () => void pruneAll.run(),
  };
}
export type DocumentsStore = ReturnType<typeof createDocumentsStore>;
