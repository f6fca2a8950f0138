import type Database from 'better-sqlite3';
import type { DocumentRef } from '../../../../shared/sync/kinds';
import type { OutgoingItem } from '../delivery';

interface DocumentRow {
  kind: string;
  document_id: string;
  revision: number;
  writer: string;
  relative_path: string;
  body: string;
  content_hash: string;
}

const toItem = (r: DocumentRow): OutgoingItem => ({
  kind: r.kind,
  documentId: r.document_id,
  revision: r.revision,
  writer: r.writer,
  relativePath: r.relative_path,
  body: r.body,
  contentHash: r.content_hash,
});

/**
 * The frozen document of every completed revision, of every kind (see
 * migration 003 for why bytes are frozen at completion). Shared by every
 * target that queues the revision, now or later, and never pruned: a target
 * added next year, or a share added again, must receive exactly these bytes.
 */
export function createDocumentsStore(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO export_documents (kind, document_id, revision, writer, relative_path, body, content_hash, created_at)
     VALUES (@kind, @documentId, @revision, @writer, @relativePath, @body, @contentHash, @createdAt)
     ON CONFLICT (kind, document_id, revision) DO NOTHING`,
  );
  const one = db.prepare<[string, string, number], DocumentRow>(
    'SELECT kind, document_id, revision, writer, relative_path, body, content_hash FROM export_documents WHERE kind = ? AND document_id = ? AND revision = ?',
  );
  const exists = db.prepare<[string, string, number], { n: number }>('SELECT 1 AS n FROM export_documents WHERE kind = ? AND document_id = ? AND revision = ?');
  const anyRevision = db.prepare<[string, string], { n: number }>('SELECT 1 AS n FROM export_documents WHERE kind = ? AND document_id = ? LIMIT 1');
  const after = db.prepare<{ kind: string; documentId: string; revision: number; limit: number }, { kind: string; document_id: string; revision: number }>(
    `SELECT kind, document_id, revision FROM export_documents
     WHERE (kind, document_id, revision) > (@kind, @documentId, @revision)
     ORDER BY kind, document_id, revision LIMIT @limit`,
  );
  // Scorecards completed by a Callmark that did not freeze documents yet (before sync existed) have none.
  const unfrozenScorecards = db.prepare<[string, number], { id: string; revision: number }>(
    `SELECT s.id, s.revision FROM scorecards s
     WHERE s.status = 'completed' AND s.id > ?
       AND NOT EXISTS (SELECT 1 FROM export_documents d WHERE d.kind = 'scorecard' AND d.document_id = s.id AND d.revision = s.revision)
     ORDER BY s.id LIMIT ?`,
  );

  return {
    insert: (item: OutgoingItem, createdAt: string) => void insert.run({ ...item, createdAt }),
    has: (ref: DocumentRef) => exists.get(ref.kind, ref.documentId, ref.revision) !== undefined,
    get: (ref: DocumentRef): OutgoingItem | null => {
      const row = one.get(ref.kind, ref.documentId, ref.revision);
      return row ? toItem(row) : null;
    },
    /** A document this install froze some revision of: its files in a share are ours, never imported back. */
    isWrittenHere: (kind: string, documentId: string) => anyRevision.get(kind, documentId) !== undefined,
    /** Every frozen revision after `from`, in key order: a resumable walk over years of documents. */
    refsAfter: (from: DocumentRef | null, limit: number): DocumentRef[] =>
      after
        .all({ kind: from?.kind ?? '', documentId: from?.documentId ?? '', revision: from?.revision ?? 0, limit })
        .map((r) => ({ kind: r.kind, documentId: r.document_id, revision: r.revision })),
    /** Completed scorecards without a frozen current revision, by id after `afterId`. */
    unfrozenScorecards: (afterId: string, limit: number): { scorecardId: string; revision: number }[] =>
      unfrozenScorecards.all(afterId, limit).map((r) => ({ scorecardId: r.id, revision: r.revision })),
  };
}
export type DocumentsStore = ReturnType<typeof createDocumentsStore>;
