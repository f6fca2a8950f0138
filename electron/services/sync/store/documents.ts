import type Database from 'better-sqlite3';
import type { OutgoingItem } from '../delivery';

/**
 * The frozen export document of every completed revision (see migration 003 for
 * why bytes are frozen at completion). Shared by every target that queues the
 * revision, now or later, and never pruned: a target added next year, or a share
 * added again, must receive exactly these bytes.
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
  return {
    insert: (item: OutgoingItem, createdAt: string) => void insert.run({ ...item, createdAt }),
    has: (scorecardId: string, revision: number) => exists.get(scorecardId, revision) !== undefined,
    get: (scorecardId: string, revision: number): OutgoingItem | null => {
      const r = one.get(scorecardId, revision);
      return r ? { scorecardId: r.scorecard_id, revision: r.revision, relativePath: r.relative_path, body: r.body, contentHash: r.content_hash } : null;
    },
  };
}
export type DocumentsStore = ReturnType<typeof createDocumentsStore>;
