import type Database from 'better-sqlite3';
import { ImportReport } from '../../../../shared/api/sync';

/** The last import report of each folder target, kept so the status screen can show it after a restart. */
export function createImportRunsStore(db: Database.Database) {
  const upsert = db.prepare('INSERT INTO import_runs (target_id, report) VALUES (?, ?) ON CONFLICT (target_id) DO UPDATE SET report = excluded.report');
  const one = db.prepare<[string], { report: string }>('SELECT report FROM import_runs WHERE target_id = ?');
  return {
    save: (report: ImportReport) => void upsert.run(report.targetId, JSON.stringify(report)),
    last(targetId: string): ImportReport | null {
      const row = one.get(targetId);
      if (!row) return null;
      const parsed = ImportReport.safeParse(JSON.parse(row.report));
      return parsed.success ? parsed.data : null;
    },
  };
}
export type ImportRunsStore = ReturnType<typeof createImportRunsStore>;
