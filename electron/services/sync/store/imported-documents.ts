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

/** A document's first imported revision, and the install that wrote it: who may write its later revisions (shared/sync/trust.ts). */
export interface FirstRevision {
  revision: number;
  installId: string;
}

export const revisionKey = (ref: Omit<WrittenRef, 'kind'>): string => `${ref.documentId}\u0000${ref.revision}\u0000${ref.writer}`;

export const creatorKey = (ref: Omit<WrittenRef, 'revision'>): string => `${ref.kind}\u0000${ref.documentId}\u0000${ref.writer}`;

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
  const revisionsOf = db.prepare<[string], { kind: string; document_id: string; writer: string; revision: number; origin_install_id: string }>(
    `WITH wanted (kind, document_id, writer) AS (SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?))
     SELECT d.kind, d.document_id, d.writer, d.revision, d.origin_install_id
     FROM wanted w JOIN imported_documents d ON d.kind = w.kind AND d.document_id = w.document_id AND d.writer = w.writer`,
  );
  const has = db.prepare<[string, string, number, string], { n: number }>(
    'SELECT 1 AS n FROM imported_documents WHERE kind = ? AND document_id = ? AND revision = ? AND writer = ?',
  );
  const revisionsAmong = db.prepare<{ kind: string; ids: string }, { document_id: string; revision: number; writer: string }>(
    // CROSS JOIN keeps the ids outside: the other way round, every stored row would be compared with every id.
    'SELECT d.document_id, d.revision, d.writer FROM json_each(@ids) w CROSS JOIN imported_documents d ON d.kind = @kind AND d.document_id = w.value',
  );
  const detach = db.prepare('UPDATE imported_documents SET target_id = NULL WHERE target_id = ?');
  return {
    has: (ref: WrittenRef) => has.get(ref.kind, ref.documentId, ref.revision, ref.writer) !== undefined,
    /** Every imported revision (and writer) of these documents of a kind, by revisionKey. */
    revisionsAmong: (kind: string, documentIds: readonly string[]): Set<string> =>
      new Set(documentIds.length ? revisionsAmong.all({ kind, ids: JSON.stringify(documentIds) }).map((r) => revisionKey({ documentId: r.document_id, revision: r.revision, writer: r.writer })) : []),
    /** True when stored; false when this revision (and writer) was already imported, from this or another source. */
    insert: ({ ref, ...rest }: ImportedDocumentRecord): boolean => insert.run({ ...ref, ...rest }).changes === 1,
    /**
     * Of each document (and writer), its first imported revision and the install that wrote it, by creatorKey; a
     * document none of whose revisions was imported is absent. One query for a batch's documents.
     */
    firstRevisions(refs: readonly Omit<WrittenRef, 'revision'>[]): Map<string, FirstRevision> {
      const keys = new Map(refs.map((r) => [creatorKey(r), [r.kind, r.documentId, r.writer]]));
      const first = new Map<string, FirstRevision>();
      if (keys.size === 0) return first;
      for (const row of revisionsOf.all(JSON.stringify([...keys.values()]))) {
        const key = creatorKey({ kind: row.kind, documentId: row.document_id, writer: row.writer });
        const known = first.get(key);
        if (!known || row.revision < known.revision) first.set(key, { revision: row.revision, installId: row.origin_install_id });
      }
      return first;
    },
    /** A removed target's imports stay (they are colleagues' work), only no longer linked to it. */
    detachTarget: (targetId: string) => void detach.run(targetId),
  };
}
export type ImportedDocumentsStore = ReturnType<typeof createImportedDocumentsStore>;
