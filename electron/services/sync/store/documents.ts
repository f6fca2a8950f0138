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
  signature_state: SignatureState;
}

/** A frozen document as the outbox sends it; one frozen before the key was there is signed first (../outbox/seal.ts). */
export interface FrozenDocument extends OutgoingItem {
  awaitingSignature: boolean;
}

const toItem = (r: DocumentRow): FrozenDocument => ({
  kind: r.kind,
  documentId: r.document_id,
  revision: r.revision,
  writer: r.writer,
  relativePath: r.relative_path,
  body: r.body,
  contentHash: r.content_hash,
  awaitingSignature: r.signature_state === 'awaiting',
});

/** 'signed' by this install's key; 'awaiting' the key (signed before it is sent); 'legacy': frozen before signatures. */
export type SignatureState = 'signed' | 'awaiting' | 'legacy';

/**
 * The frozen document of every completed revision, of every kind (see
 * migration 003 for why bytes are frozen at completion). Shared by every
 * target that queues the revision, now or later, and never pruned: a target
 * added next year, or a share added again, must receive exactly these bytes.
 * A document frozen before this install's key could be read is signed once,
 * before it is first sent (migration 005); those bytes are then the frozen ones.
 */
export function createDocumentsStore(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO export_documents (kind, document_id, revision, writer, relative_path, body, content_hash, created_at, signature_state)
     VALUES (@kind, @documentId, @revision, @writer, @relativePath, @body, @contentHash, @createdAt, @signatureState)
     ON CONFLICT (kind, document_id, revision) DO NOTHING`,
  );
  const seal = db.prepare(
    `UPDATE export_documents SET body = @body, content_hash = @contentHash, signature_state = 'signed'
     WHERE kind = @kind AND document_id = @documentId AND revision = @revision AND signature_state = 'awaiting'`,
  );
  // The documents' own content hashes (what a reader verifies), not the hashes of their bytes kept beside them.
  const legacyHashes = db.prepare<[], { content_hash: string }>(
    `SELECT json_extract(body, '$.contentHash') AS content_hash FROM export_documents WHERE signature_state = 'legacy' ORDER BY 1`,
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM export_documents');
  const one = db.prepare<[string, string, number], DocumentRow>(
    'SELECT kind, document_id, revision, writer, relative_path, body, content_hash, signature_state FROM export_documents WHERE kind = ? AND document_id = ? AND revision = ?',
  );
  const exists = db.prepare<[string, string, number], { n: number }>('SELECT 1 AS n FROM export_documents WHERE kind = ? AND document_id = ? AND revision = ?');
  const anyRevisionAmong = db.prepare<{ kind: string; ids: string }, { id: string }>(
    `SELECT w.value AS id FROM json_each(@ids) w WHERE EXISTS (SELECT 1 FROM export_documents d WHERE d.kind = @kind AND d.document_id = w.value)`,
  );
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

  const unfrozenCount = db.prepare<[], { n: number }>(
    `SELECT COUNT(*) AS n FROM scorecards s WHERE s.status = 'completed'
       AND NOT EXISTS (SELECT 1 FROM export_documents d WHERE d.kind = 'scorecard' AND d.document_id = s.id AND d.revision = s.revision)`,
  );

  return {
    insert: (item: OutgoingItem, createdAt: string, signatureState: Exclude<SignatureState, 'legacy'>) => void insert.run({ ...item, createdAt, signatureState }),
    /** The signed bytes of a document frozen while the key was not there yet; true when this call signed it. */
    seal: (ref: DocumentRef, body: string, contentHash: string): boolean => seal.run({ ...ref, body, contentHash }).changes === 1,
    /** Content hashes of what was frozen before this install signed: its roster entry lists them. */
    legacyHashes: (): string[] => legacyHashes.all().map((r) => r.content_hash),
    count: (): number => count.get()?.n ?? 0,
    has: (ref: DocumentRef) => exists.get(ref.kind, ref.documentId, ref.revision) !== undefined,
    get: (ref: DocumentRef): FrozenDocument | null => {
      const row = one.get(ref.kind, ref.documentId, ref.revision);
      return row ? toItem(row) : null;
    },
    /** Of these ids, the documents this install froze some revision of: their files in a share are ours, never imported back. */
    writtenHereAmong: (kind: string, documentIds: readonly string[]): Set<string> =>
      new Set(documentIds.length ? anyRevisionAmong.all({ kind, ids: JSON.stringify(documentIds) }).map((r) => r.id) : []),
    /** Every frozen revision after `from`, in key order: a resumable walk over years of documents. */
    refsAfter: (from: DocumentRef | null, limit: number): DocumentRef[] =>
      after
        .all({ kind: from?.kind ?? '', documentId: from?.documentId ?? '', revision: from?.revision ?? 0, limit })
        .map((r) => ({ kind: r.kind, documentId: r.document_id, revision: r.revision })),
    countUnfrozenScorecards: (): number => unfrozenCount.get()?.n ?? 0,
    /** Completed scorecards without a frozen current revision, by id after `afterId`. */
    unfrozenScorecards: (afterId: string, limit: number): { scorecardId: string; revision: number }[] =>
      unfrozenScorecards.all(afterId, limit).map((r) => ({ scorecardId: r.id, revision: r.revision })),
  };
}
export type DocumentsStore = ReturnType<typeof createDocumentsStore>;
