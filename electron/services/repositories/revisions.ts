import type Database from 'better-sqlite3';
import { ScorecardRevision } from '../../../shared/schemas/scorecard';

/** The append-only history of completed revisions, each stored whole as it was locked. */
export function createRevisionsRepository(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO scorecard_revisions (scorecard_id, revision, reason, reviewer_id, reviewer_name, completed_at, snapshot)
     VALUES (@scorecardId, @revision, @reason, @reviewerId, @reviewerName, @completedAt, @snapshot)`,
  );
  const forScorecard = db.prepare<[string], { snapshot: string }>('SELECT snapshot FROM scorecard_revisions WHERE scorecard_id = ? ORDER BY revision');
  const one = db.prepare<[string, number], { snapshot: string }>('SELECT snapshot FROM scorecard_revisions WHERE scorecard_id = ? AND revision = ?');
  return {
    insert: (r: ScorecardRevision) => void insert.run({ ...r, snapshot: JSON.stringify(r) }),
    list: (scorecardId: string): ScorecardRevision[] => forScorecard.all(scorecardId).map((row) => ScorecardRevision.parse(JSON.parse(row.snapshot))),
    get: (scorecardId: string, revision: number): ScorecardRevision | null => {
      const row = one.get(scorecardId, revision);
      return row ? ScorecardRevision.parse(JSON.parse(row.snapshot)) : null;
    },
  };
}
export type RevisionsRepository = ReturnType<typeof createRevisionsRepository>;
