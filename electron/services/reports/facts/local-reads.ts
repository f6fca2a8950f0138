import type Database from 'better-sqlite3';

/** This install's scorecards that have a completed revision: the ones reports count (calibration scorecards never do). */
export function createLocalReads(db: Database.Database) {
  const completed = db.prepare<[], { id: string }>(`SELECT id FROM scorecards WHERE (status = 'completed' OR revision > 1) AND calibration_session_id IS NULL ORDER BY id`);
  const revisions = db.prepare<[], { scorecard_id: string; revision: number }>('SELECT scorecard_id, revision FROM scorecard_revisions ORDER BY scorecard_id, revision');
  return {
    countedIds: () => completed.all().map((r) => r.id),
    revisions: () => revisions.all().map((r) => ({ scorecardId: r.scorecard_id, revision: r.revision })),
  };
}
