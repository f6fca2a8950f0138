import type Database from 'better-sqlite3';
import type { SurveyRow } from '../../../../shared/reports/survey/rows';

export interface StoredResponse {
  reference: string;
  respondedOn: string;
  rating: number;
  comment: string;
}

/** Survey responses, one per interaction reference, and their reads beside the QA scores. */
export function createSurveyStore(db: Database.Database) {
  const byReference = db.prepare<[string], { reference: string; responded_on: string; rating: number; comment: string }>(
    `SELECT reference, responded_on, rating, comment FROM survey_responses WHERE reference IN (SELECT value FROM json_each(?))`,
  );
  const matched = db.prepare<[string], { n: number }>(
    `SELECT COUNT(DISTINCT reference) AS n FROM report_scorecards WHERE reference IN (SELECT value FROM json_each(?))`,
  );
  const insert = db.prepare(
    `INSERT INTO survey_responses (id, batch_id, reference, responded_on, agent_name, rating, scale_min, scale_max, satisfaction, comment, imported_at)
     VALUES (@id, @batchId, @reference, @respondedOn, @agentName, @rating, @min, @max, @satisfaction, @comment, @at)`,
  );
  const counts = db.prepare<[], { total: number; unmatched: number }>(
    `SELECT COUNT(*) AS total, SUM(NOT EXISTS (SELECT 1 FROM report_scorecards r WHERE r.reference = s.reference)) AS unmatched FROM survey_responses s`,
  );
  return {
    existing(references: readonly string[]): Map<string, StoredResponse> {
      return new Map(
        byReference.all(JSON.stringify(references)).map((r) => [r.reference, { reference: r.reference, respondedOn: r.responded_on, rating: r.rating, comment: r.comment }]),
      );
    },
    matchedCount: (references: readonly string[]) => matched.get(JSON.stringify(references))?.n ?? 0,
    insert: (row: SurveyRow, batch: { id: string; batchId: string; min: number; max: number; at: string }) => void insert.run({ ...row, ...batch }),
    counts: () => {
      const r = counts.get();
      return { responses: r?.total ?? 0, unmatched: r?.unmatched ?? 0 };
    },
  };
}
export type SurveyStore = ReturnType<typeof createSurveyStore>;
