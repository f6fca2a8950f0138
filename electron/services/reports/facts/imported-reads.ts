import type Database from 'better-sqlite3';
import type { ScorecardExport } from '../../../../shared/export/schema';

const PAGE = 1000;

/**
 * Colleagues' scorecards as imported, whole again (the template content is
 * kept once per version, see sync's kind): every revision in (id, revision)
 * order, a page at a time so the caller may write between pages, for
 * rebuilding facts and checking stored scores. They were verified against the
 * export schema when they were imported.
 */
export function createImportedReads(db: Database.Database) {
  const page = db.prepare<[string, number], { id: string; revision: number; body: string; content: string }>(
    `SELECT d.document_id AS id, d.revision, d.body, t.content FROM imported_documents d
     JOIN imported_templates t ON t.content_hash = json_extract(d.body, '$.template.contentHash')
     WHERE d.kind = 'scorecard' AND (d.document_id, d.revision) > (?, ?) ORDER BY d.document_id, d.revision LIMIT ${PAGE}`,
  );
  return {
    *documents(): Generator<ScorecardExport> {
      let after: [string, number] = ['', 0];
      for (;;) {
        const rows = page.all(...after);
        for (const row of rows) {
          const doc = JSON.parse(row.body) as ScorecardExport;
          doc.template.content = JSON.parse(row.content) as ScorecardExport['template']['content'];
          yield doc;
        }
        const last = rows[rows.length - 1];
        if (!last || rows.length < PAGE) return;
        after = [last.id, last.revision];
      }
    },
  };
}
