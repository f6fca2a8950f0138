import type Database from 'better-sqlite3';
import type { SeenEntry, SeenOutcome } from '../../../../shared/sync/import-verdicts';

export interface EntryRecord {
  kind: string;
  relativePath: string;
  outcome: SeenOutcome;
  reason: string;
  sizeBytes: number | null;
  mtimeMs: number | null;
}

/** The key of an entry in `seen`: its kind and its path under the kind's folder. */
export const entryKey = (kind: string, relativePath: string) => `${kind}\n${relativePath}`;

/**
 * Every entry ever looked at in an import source (a share), per source id and
 * kind. Names are the cursor (joplin 6517): a file counts as new when its name
 * was never seen, whatever its modification time says.
 */
export function createImportEntriesStore(db: Database.Database) {
  const all = db.prepare<[string], { kind: string; relative_path: string; outcome: SeenOutcome; size_bytes: number | null; mtime_ms: number | null }>(
    'SELECT kind, relative_path, outcome, size_bytes, mtime_ms FROM import_entries WHERE source_id = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO import_entries (source_id, kind, relative_path, outcome, reason, size_bytes, mtime_ms, checked_at)
     VALUES (@sourceId, @kind, @relativePath, @outcome, @reason, @sizeBytes, @mtimeMs, @at)
     ON CONFLICT (source_id, kind, relative_path) DO UPDATE SET outcome = excluded.outcome, reason = excluded.reason,
       size_bytes = excluded.size_bytes, mtime_ms = excluded.mtime_ms, checked_at = excluded.checked_at`,
  );
  const skipped = db.prepare<[string, number, number], { relative_path: string; reason: string; checked_at: string }>(
    `SELECT relative_path, reason, checked_at FROM import_entries WHERE source_id = ? AND outcome = 'skipped' ORDER BY kind, relative_path LIMIT ? OFFSET ?`,
  );
  const skippedCount = db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM import_entries WHERE source_id = ? AND outcome = 'skipped'`);

  return {
    /** The whole index of a source in one query, by entryKey: a Map of 100 000 names is a few megabytes and one pass. */
    seen(sourceId: string): Map<string, SeenEntry> {
      const out = new Map<string, SeenEntry>();
      for (const r of all.iterate(sourceId)) out.set(entryKey(r.kind, r.relative_path), { outcome: r.outcome, sizeBytes: r.size_bytes, mtimeMs: r.mtime_ms });
      return out;
    },
    record: (sourceId: string, entry: EntryRecord, at: string) => void upsert.run({ sourceId, ...entry, at }),
    skipped(sourceId: string, limit: number, offset: number) {
      return {
        total: skippedCount.get(sourceId)?.n ?? 0,
        items: skipped.all(sourceId, limit, offset).map((r) => ({ relativePath: r.relative_path, reason: r.reason, checkedAt: r.checked_at })),
      };
    },
  };
}
export type ImportEntriesStore = ReturnType<typeof createImportEntriesStore>;
