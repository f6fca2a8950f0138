import type Database from 'better-sqlite3';
import { NO_FEEDBACK, type FeedbackField, type OverallFeedback } from '../../../shared/schemas/scorecard';

const COLUMN: Record<FeedbackField, 'went_well' | 'work_on'> = { wentWell: 'went_well', workOn: 'work_on' };

/**
 * A scorecard's overall feedback as it stands (migration 009): "What went
 * well" and "What to work on". A completed revision keeps its own in its
 * snapshot; the database refuses a change here while the scorecard is
 * completed, as it does for answers.
 */
export function createFeedbackRepository(db: Database.Database) {
  const one = db.prepare<[string], { went_well: string; work_on: string }>('SELECT went_well, work_on FROM scorecard_feedback WHERE scorecard_id = ?');
  const setters = Object.fromEntries(
    Object.entries(COLUMN).map(([field, column]) => [
      field,
      db.prepare(
        `INSERT INTO scorecard_feedback (scorecard_id, ${column}, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (scorecard_id) DO UPDATE SET ${column} = excluded.${column}, updated_at = excluded.updated_at`,
      ),
    ]),
  ) as Record<FeedbackField, Database.Statement<[string, string, string]>>;
  const replace = db.prepare(
    `INSERT INTO scorecard_feedback (scorecard_id, went_well, work_on, updated_at) VALUES (@scorecardId, @wentWell, @workOn, @at)
     ON CONFLICT (scorecard_id) DO UPDATE SET went_well = excluded.went_well, work_on = excluded.work_on, updated_at = excluded.updated_at`,
  );
  return {
    get(scorecardId: string): OverallFeedback {
      const row = one.get(scorecardId);
      return row ? { wentWell: row.went_well, workOn: row.work_on } : { ...NO_FEEDBACK };
    },
    set: (scorecardId: string, field: FeedbackField, text: string, at: string) => void setters[field].run(scorecardId, text, at),
    /** Puts back a completed revision's feedback (a discarded later draft). */
    replace: (scorecardId: string, feedback: OverallFeedback, at: string) => void replace.run({ scorecardId, ...feedback, at }),
  };
}
export type FeedbackRepository = ReturnType<typeof createFeedbackRepository>;
