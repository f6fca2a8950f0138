import type Database from 'better-sqlite3';
import type { SeenEntry, SeenOutcome } from '../../../../shared/sync/import-verdicts';

export interface EntryRecord {
  kind: string;
  relativePath: string;
  outcome: SeenOutcome;
  reason: string;
  sizeBytes: number | null;
  mtimeMs: number | null;
  /** A skipped file that was read: the SHA-256 of what was read. */
  contentSha256: string | null;
  /** See Verdict.retryTag in shared/sync/import-verdicts.ts. */
  retryTag: string | null;
}

const IMPORTED: SeenEntry = { outcome: 'imported', sizeBytes: null, mtimeMs: null, contentSha256: null, reason: '' };

/** The key of an entry in `seen`: its kind and its path under the kind's folder. */
export const entryKey = (kind: string, relativePath: string) => `${kind}\n${relativePath}`;

interface SeenRow {
  kind: string;
  relative_path: string;
  outcome: SeenOutcome;
  reason: string;
  size_bytes: number | null;
  mtime_ms: number | null;
  content_sha256: string | null;
}

/**
 * Every entry ever looked at in an import source (a share), per source id and
 * kind. Names are the cursor (joplin 6517): a file counts as new when its name
 * was never seen, whatever its modification time says. A file imported from
 * the source is remembered by its imported document (which keeps its source
 * and path), not again here: that is one row fewer to write per document.
 */
export function createImportEntriesStore(db: Database.Database) {
  const all = db.prepare<[string], SeenRow>(
    `SELECT kind, relative_path, outcome, CASE outcome WHEN 'skipped' THEN reason ELSE '' END AS reason, size_bytes, mtime_ms, content_sha256
     FROM import_entries WHERE source_id = ?`,
  );
  const importedHere = db.prepare<[string], { kind: string; relative_path: string }>('SELECT kind, relative_path FROM imported_documents WHERE source_id = ?');
  const upsert = db.prepare(
    `INSERT INTO import_entries (source_id, kind, relative_path, outcome, reason, size_bytes, mtime_ms, content_sha256, retry_tag, checked_at)
     VALUES (@sourceId, @kind, @relativePath, @outcome, @reason, @sizeBytes, @mtimeMs, @contentSha256, @retryTag, @at)
     ON CONFLICT (source_id, kind, relative_path) DO UPDATE SET outcome = excluded.outcome, reason = excluded.reason,
       size_bytes = excluded.size_bytes, mtime_ms = excluded.mtime_ms, content_sha256 = excluded.content_sha256,
       retry_tag = excluded.retry_tag, checked_at = excluded.checked_at`,
  );
  const skipped = db.prepare<[string, number, number], { kind: string; relative_path: string; reason: string; checked_at: string }>(
    `SELECT kind, relative_path, reason, checked_at FROM import_entries WHERE source_id = ? AND outcome = 'skipped' ORDER BY kind, relative_path LIMIT ? OFFSET ?`,
  );
  const skippedCount = db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM import_entries WHERE source_id = ? AND outcome = 'skipped'`);
  const forget = db.prepare('DELETE FROM import_entries WHERE source_id = ? AND kind = ? AND relative_path = ?');
  // Forgotten, so the next pass reads them as new: their reason no longer holds.
  const forgetTagged = db.prepare(`DELETE FROM import_entries WHERE retry_tag = ? AND outcome = 'skipped'`);

  return {
    /** The whole index of a source in one query, by entryKey: a Map of 100 000 names is a few megabytes and one pass. */
    seen(sourceId: string): Map<string, SeenEntry> {
      const out = new Map<string, SeenEntry>();
      for (const r of importedHere.iterate(sourceId)) out.set(entryKey(r.kind, r.relative_path), IMPORTED);
      for (const r of all.iterate(sourceId)) {
        out.set(entryKey(r.kind, r.relative_path), { outcome: r.outcome, sizeBytes: r.size_bytes, mtimeMs: r.mtime_ms, contentSha256: r.content_sha256, reason: r.reason });
      }
      return out;
    },
    record: (sourceId: string, entry: EntryRecord, at: string) => void upsert.run({ sourceId, ...entry, at }),
    /** An entry imported now: remembered by its imported document from here on, so what was recorded before (a skip) goes. */
    forget: (sourceId: string, kind: string, relativePath: string) => void forget.run(sourceId, kind, relativePath),
    skipped(sourceId: string, limit: number, offset: number) {
      return {
        total: skippedCount.get(sourceId)?.n ?? 0,
        items: skipped.all(sourceId, limit, offset).map((r) => ({ kind: r.kind, relativePath: r.relative_path, reason: r.reason, checkedAt: r.checked_at })),
      };
    },
    /** Every skipped entry of every source waiting on `tag` is read again at the next pass; returns how many. */
    retryTagged: (tag: string): number => forgetTagged.run(tag).changes,
  };
}
export type ImportEntriesStore = ReturnType<typeof createImportEntriesStore>;
