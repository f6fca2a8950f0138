import type Database from 'better-sqlite3';

export type ShareFileOutcome = 'imported' | 'duplicate' | 'own' | 'skipped';

export interface SeenFile {
  outcome: ShareFileOutcome;
  sizeBytes: number | null;
  mtimeMs: number | null;
}

export interface ShareFileRecord extends SeenFile {
  relativePath: string;
  reason: string;
}

/**
 * Every file name ever looked at in a share, per share id. Names are the
 * cursor (joplin 6517): a file counts as new when its name was never seen,
 * whatever its modification time says.
 */
export function createShareFilesStore(db: Database.Database) {
  const all = db.prepare<[string], { relative_path: string; outcome: ShareFileOutcome; size_bytes: number | null; mtime_ms: number | null }>(
    'SELECT relative_path, outcome, size_bytes, mtime_ms FROM share_files WHERE share_id = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO share_files (share_id, relative_path, outcome, reason, size_bytes, mtime_ms, checked_at)
     VALUES (@shareId, @relativePath, @outcome, @reason, @sizeBytes, @mtimeMs, @at)
     ON CONFLICT (share_id, relative_path) DO UPDATE SET outcome = excluded.outcome, reason = excluded.reason,
       size_bytes = excluded.size_bytes, mtime_ms = excluded.mtime_ms, checked_at = excluded.checked_at`,
  );
  const skipped = db.prepare<[string, number, number], { relative_path: string; reason: string; checked_at: string }>(
    `SELECT relative_path, reason, checked_at FROM share_files WHERE share_id = ? AND outcome = 'skipped' ORDER BY relative_path LIMIT ? OFFSET ?`,
  );
  const skippedCount = db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM share_files WHERE share_id = ? AND outcome = 'skipped'`);

  return {
    /** The whole index of a share in one query: a Map of 100 000 names is a few megabytes and one pass. */
    seen(shareId: string): Map<string, SeenFile> {
      const out = new Map<string, SeenFile>();
      for (const r of all.iterate(shareId)) out.set(r.relative_path, { outcome: r.outcome, sizeBytes: r.size_bytes, mtimeMs: r.mtime_ms });
      return out;
    },
    record: (shareId: string, file: ShareFileRecord, at: string) => void upsert.run({ shareId, ...file, at }),
    skipped(shareId: string, limit: number, offset: number) {
      return {
        total: skippedCount.get(shareId)?.n ?? 0,
        items: skipped.all(shareId, limit, offset).map((r) => ({ relativePath: r.relative_path, reason: r.reason, checkedAt: r.checked_at })),
      };
    },
  };
}
export type ShareFilesStore = ReturnType<typeof createShareFilesStore>;
