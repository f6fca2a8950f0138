import type Database from 'better-sqlite3';
import type { DocumentRef } from '../../../../shared/sync/kinds';

/** Which calibration document, whose, and where this install stands with it: everything but its bytes. */
export interface CalibrationDocumentKey {
  kind: string;
  documentId: string;
  revision: number;
  /** The install that wrote it. */
  writer: string;
  sessionId: string;
  contentHash: string;
  own: boolean;
  /** A submission of this install that waits for its session to open before it is sent. */
  held: boolean;
  receivedAt: string;
}

/** One calibration document as this install keeps it: its bytes when this install wrote it (a colleague's are in imported_documents). */
export interface CalibrationDocumentRow extends CalibrationDocumentKey {
  body: string | null;
}

interface KeyRow {
  kind: string;
  document_id: string;
  revision: number;
  writer: string;
  session_id: string;
  content_hash: string;
  own: number;
  held: number;
  received_at: string;
}

const toKey = (r: KeyRow): CalibrationDocumentKey => ({
  kind: r.kind,
  documentId: r.document_id,
  revision: r.revision,
  writer: r.writer,
  sessionId: r.session_id,
  contentHash: r.content_hash,
  own: r.own === 1,
  held: r.held === 1,
  receivedAt: r.received_at,
});

/**
 * Every calibration document this install knows (migration 010): its own,
 * written when made, and colleagues', recorded by the import hook. A document
 * that arrives twice (two shares, a repeat) is kept once.
 */
export function createCalibrationDocumentsStore(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO calibration_documents (kind, document_id, revision, writer, session_id, body, content_hash, own, held, received_at)
     VALUES (@kind, @documentId, @revision, @writer, @sessionId, @body, @contentHash, @own, @held, @receivedAt)
     ON CONFLICT (kind, document_id, revision, writer) DO NOTHING`,
  );
  const keysBySession = db.prepare<[string], KeyRow>(
    `SELECT kind, document_id, revision, writer, session_id, content_hash, own, held, received_at
     FROM calibration_documents WHERE session_id = ? ORDER BY kind, document_id, revision, writer`,
  );
  // A colleague's document as the import stored it: under '' as its writer when one install writes its kind, else under the writer.
  const body = db.prepare<[string, string, number, string], { body: string | null }>(
    `SELECT COALESCE(c.body, (SELECT d.body FROM imported_documents d
         WHERE d.kind = c.kind AND d.document_id = c.document_id AND d.revision = c.revision AND d.writer IN ('', c.writer))) AS body
     FROM calibration_documents c WHERE c.kind = ? AND c.document_id = ? AND c.revision = ? AND c.writer = ?`,
  );
  const ownBody = db.prepare<[string, string, number], { body: string }>('SELECT body FROM calibration_documents WHERE kind = ? AND document_id = ? AND revision = ? AND own = 1');
  const held = db.prepare<[string], { kind: string; document_id: string; revision: number }>(
    'SELECT kind, document_id, revision FROM calibration_documents WHERE session_id = ? AND held = 1 ORDER BY document_id, revision',
  );
  const release = db.prepare('UPDATE calibration_documents SET held = 0 WHERE kind = ? AND document_id = ? AND revision = ? AND own = 1 AND held = 1');
  const sessionIds = db.prepare<[string], { session_id: string }>('SELECT DISTINCT session_id FROM calibration_documents WHERE kind = ? ORDER BY session_id');
  const latestOwn = db.prepare<[string, string], { revision: number }>('SELECT MAX(revision) AS revision FROM calibration_documents WHERE kind = ? AND document_id = ? AND own = 1');

  return {
    /** True when stored; false when this document (and writer) was already known. */
    insert: (doc: CalibrationDocumentRow): boolean => insert.run({ ...doc, own: doc.own ? 1 : 0, held: doc.held ? 1 : 0 }).changes === 1,
    /** A session's documents without their bytes, so only those not parsed before need reading. */
    keysBySession: (sessionId: string): CalibrationDocumentKey[] => keysBySession.all(sessionId).map(toKey),
    body: (key: CalibrationDocumentKey): string | null => body.get(key.kind, key.documentId, key.revision, key.writer)?.body ?? null,
    /** The exact bytes of a document this install wrote: what sync freezes and sends. */
    ownBody: (ref: DocumentRef): string | null => ownBody.get(ref.kind, ref.documentId, ref.revision)?.body ?? null,
    held: (sessionId: string): DocumentRef[] => held.all(sessionId).map((r) => ({ kind: r.kind, documentId: r.document_id, revision: r.revision })),
    /** True when it was held and is now released: a second release of the same submission does nothing. */
    release: (ref: DocumentRef): boolean => release.run(ref.kind, ref.documentId, ref.revision).changes === 1,
    /** Every session id known through a document of `kind` (the session documents themselves). */
    sessionIds: (kind: string): string[] => sessionIds.all(kind).map((r) => r.session_id),
    latestOwnRevision: (kind: string, documentId: string): number => latestOwn.get(kind, documentId)?.revision ?? 0,
  };
}
export type CalibrationDocumentsStore = ReturnType<typeof createCalibrationDocumentsStore>;
