import type Database from 'better-sqlite3';
import type { WrittenRef } from '../../../../shared/sync/kinds';
import type { ImportTrust } from '../../../../shared/sync/trust';

/** One colleague's document as stored: what it is, where it came from, and its stored form. */
export interface ImportedDocumentRecord {
  ref: WrittenRef;
  contentHash: string;
  sourceId: string;
  targetId: string;
  relativePath: string;
  originInstallId: string;
  /** JSON of what its kind keeps (DocumentKind.stored): all of it, or a scorecard without its template's content. */
  body: string;
  importedAt: string;
  /** How it was vouched for (shared/sync/trust.ts), and the key that signed it. */
  trust: ImportTrust;
  signerKey: string | null;
}

/**
 * Every document read from colleagues, of any kind: read-only (a trigger
 * refuses changes), one row per revision and writer. The key is what makes
 * a second copy of one revision, from this or another source, a duplicate.
 */
export function createImportedDocumentsStore(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO imported_documents (kind, document_id, revision, writer, content_hash, source_id, target_id, relative_path, origin_install_id, body, imported_at, trust, signer_key)
     VALUES (@kind, @documentId, @revision, @writer, @contentHash, @sourceId, @targetId, @relativePath, @originInstallId, @body, @importedAt, @trust, @signerKey)
     ON CONFLICT (kind, document_id, revision, writer) DO NOTHING`,
  );
  const creator = db.prepare<[string, string, string], { origin_install_id: string }>(
    'SELECT origin_install_id FROM imported_documents WHERE kind = ? AND document_id = ? AND writer = ? ORDER BY revision LIMIT 1',
  );
  const has = db.prepare<[string, string, number, string], { n: number }>(
    'SELECT 1 AS n FROM imported_documents WHERE kind = ? AND document_id = ? AND revision = ? AND writer = ?',
  );
  const detach = db.prepare('UPDATE imported_documents SET target_id = NULL WHERE target_id = ?');
  return {
    has: (ref: WrittenRef) => has.get(ref.kind, ref.documentId, ref.revision, ref.writer) !== undefined,
    /** True when stored; false when this revision (and writer) was already imported, from this or another source. */
    insert: ({ ref, ...rest }: ImportedDocumentRecord): boolean => insert.run({ ...ref, ...rest }).changes === 1,
    /** The install that wrote the first imported revision of a document (and writer), or null when none was imported. */
    creatorOf: (kind: string, documentId: string, writer: string): string | null => creator.get(kind, documentId, writer)?.origin_install_id ?? null,
    /** A removed target's imports stay (they are colleagues' work), only no longer linked to it. */
    detachTarget: (targetId: string) => void detach.run(targetId),
  };
}
export type ImportedDocumentsStore = ReturnType<typeof createImportedDocumentsStore>;
