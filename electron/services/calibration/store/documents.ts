import type Database from 'better-sqlite3';
import type { DocumentRef } from '../../../../shared/sync/kinds';

/** One calibration document as this install keeps it: as written, whoever wrote it. */
export interface CalibrationDocumentRow {
  kind: string;
  documentId: string;
  revision: number;
  /** The install that wrote it. */
  writer: string;
  sessionId: string;
  body: string;
  contentHash: string;
  own: boolean;
  /** A submission of this install that waits for its session to open before it is sent. */
  held: boolean;
  receivedAt: string;
}

interface Row {
  kind: string;
  document_id: string;
  revision: number;
  writer: string;
  session_id: string;
  body: string;
  content_hash: string;
  own: number;
  held: number;
  received_at: string;
}

const toDocument = (r: Row): CalibrationDocumentRow => ({
  kind: r.kind,
  documentId: r.document_id,
  revision: r.revision,
  writer: r.writer,
  sessionId: r.session_id,
  body: r.body,
  contentHash: r.content_hash,
  own: r.own === 1,
  held: r.held === 1,
  receivedAt: r.received_at,
});

/**
 * Every calibration document this install knows (migration 010): its own,
 * written when made, and colleagues', written by the import hook. A document
 * that arrives twice (two shares, a repeat) is kept once.
 */
export function createCalibrationDocumentsStore(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO calibration_documents (kind, document_id, revision, writer, session_id, body, content_hash, own, held, received_at)
     VALUES (@kind, @documentId, @revision, @writer, @sessionId, @body, @contentHash, @own, @held, @receivedAt)
     ON CONFLICT (kind, document_id, revision, writer) DO NOTHING`,
  );
  const bySession = db.prepare<[string], Row>('SELECT * FROM calibration_documents WHERE session_id = ? ORDER BY kind, document_id, revision, writer');
  const ownBody = db.prepare<[string, string, number], { body: string }>('SELECT body FROM calibration_documents WHERE kind = ? AND document_id = ? AND revision = ? AND own = 1');
  const held = db.prepare<[string], { kind: string; document_id: string; revision: number }>(
    'SELECT kind, document_id, revision FROM calibration_documents WHERE session_id = ? AND held = 1 ORDER BY document_id, revision',
  );
  const release = db.prepare('UPDATE calibration_documents SET held = 0 WHERE kind = ? AND document_id = ? AND revision = ? AND own = 1 AND held = 1');
  const sessionsWithHeld = db.prepare<[], { session_id: string }>('SELECT DISTINCT session_id FROM calibration_documents WHERE held = 1');
  const sessionIds = db.prepare<[string], { session_id: string }>('SELECT DISTINCT session_id FROM calibration_documents WHERE kind = ? ORDER BY session_id');
  const latestOwn = db.prepare<[string, string], { revision: number }>('SELECT MAX(revision) AS revision FROM calibration_documents WHERE kind = ? AND document_id = ? AND own = 1');

  return {
    /** True when stored; false when this document (and writer) was already known. */
    insert: (doc: CalibrationDocumentRow): boolean => insert.run({ ...doc, own: doc.own ? 1 : 0, held: doc.held ? 1 : 0 }).changes === 1,
    bySession: (sessionId: string): CalibrationDocumentRow[] => bySession.all(sessionId).map(toDocument),
    /** The exact bytes of a document this install wrote: what sync freezes and sends. */
    ownBody: (ref: DocumentRef): string | null => ownBody.get(ref.kind, ref.documentId, ref.revision)?.body ?? null,
    held: (sessionId: string): DocumentRef[] => held.all(sessionId).map((r) => ({ kind: r.kind, documentId: r.document_id, revision: r.revision })),
    /** True when it was held and is now released: a second release of the same submission does nothing. */
    release: (ref: DocumentRef): boolean => release.run(ref.kind, ref.documentId, ref.revision).changes === 1,
    sessionsWithHeld: (): string[] => sessionsWithHeld.all().map((r) => r.session_id),
    /** Every session id known through a document of `kind` (the session documents themselves). */
    sessionIds: (kind: string): string[] => sessionIds.all(kind).map((r) => r.session_id),
    latestOwnRevision: (kind: string, documentId: string): number => latestOwn.get(kind, documentId)?.revision ?? 0,
  };
}
export type CalibrationDocumentsStore = ReturnType<typeof createCalibrationDocumentsStore>;
