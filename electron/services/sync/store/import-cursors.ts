import type Database from 'better-sqlite3';

/**
 * Where a source that counts resumes: a server's `since` cursor. A folder has
 * none (its names are its cursor, in import_entries). Saved only once
 * everything before it is stored, in the same transaction.
 */
export function createImportCursorsStore(db: Database.Database) {
  const one = db.prepare<[string], { cursor: string }>('SELECT cursor FROM import_cursors WHERE source_id = ?');
  const upsert = db.prepare(
    `INSERT INTO import_cursors (source_id, cursor, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (source_id) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at`,
  );
  return {
    get: (sourceId: string): string | null => one.get(sourceId)?.cursor ?? null,
    set: (sourceId: string, cursor: string, at: string) => void upsert.run(sourceId, cursor, at),
  };
}
export type ImportCursorsStore = ReturnType<typeof createImportCursorsStore>;
