import type Database from 'better-sqlite3';
import type { ReportFilter } from '../../../../shared/reports/filter';
import { paramsOf, statementCache, usedParams, whereOf } from './where';

/** n, sum and sum of squares of the stored percentages (scorecards with nothing applicable have none and are not in n). */
export interface Totals {
  n: number;
  sum: number;
  sumOfSquares: number;
}

const TOTALS = 'COUNT(r.percent) AS n, COALESCE(SUM(r.percent), 0) AS sum, COALESCE(SUM(r.percent * r.percent), 0) AS sumOfSquares';
const ALL = { reviewer: true, channel: true };

/**
 * The score reports' reads over the counted scorecards (report_scorecards:
 * one row per scorecard, its latest completed revision, with its stored
 * score): totals per agent, per reviewer and agent, per day and per agent and
 * month, and the band mix. Reusable per agent and per period: pass a filter
 * with `agentId` and a day range.
 */
export function createScoreQueries(db: Database.Database) {
  const prepared = statementCache(db);
  const run = <T>(name: string, filter: ReportFilter, sql: (where: string) => string): T[] => {
    const where = whereOf(filter, 'day', ALL);
    const text = sql(where.sql);
    return prepared(`${name}:${where.shape}`, () => text).all(usedParams(text, paramsOf(filter))) as T[];
  };
  return {
    totalsByAgent: (filter: ReportFilter) =>
      run<Totals & { agentId: string }>('agent', filter, (w) => `SELECT r.agent_id AS agentId, ${TOTALS} FROM report_scorecards r ${w} GROUP BY r.agent_id`),
    totalsByReviewerAndAgent: (filter: ReportFilter) =>
      run<Totals & { reviewerId: string; reviewerName: string; agentId: string }>(
        'reviewer',
        filter,
        (w) => `SELECT r.reviewer_id AS reviewerId, MAX(r.reviewer_name) AS reviewerName, r.agent_id AS agentId, ${TOTALS}
                FROM report_scorecards r ${w} GROUP BY r.reviewer_id, r.agent_id`,
      ),
    totalsByDay: (filter: ReportFilter) =>
      run<Totals & { day: string }>('day', filter, (w) => `SELECT r.day AS day, ${TOTALS} FROM report_scorecards r ${w} GROUP BY r.day ORDER BY r.day`),
    /** Completed scorecards (with or without a percentage) per agent and month. */
    countsByAgentAndMonth: (filter: ReportFilter) =>
      run<{ agentId: string; month: string; n: number }>(
        'volume',
        filter,
        (w) => `SELECT r.agent_id AS agentId, substr(r.day, 1, 7) AS month, COUNT(*) AS n FROM report_scorecards r ${w} GROUP BY r.agent_id, month`,
      ),
    /** Each template version the counted scorecards use, with the first local day it was used on. */
    firstDayByVersion: (filter: ReportFilter) =>
      run<{ versionId: string; firstDay: string }>(
        'versions',
        filter,
        (w) => `SELECT r.template_version_id AS versionId, MIN(r.day) AS firstDay FROM report_scorecards r ${w} GROUP BY r.template_version_id`,
      ),
    bandCounts: (filter: ReportFilter) =>
      run<{ label: string; n: number }>('bands', filter, (w) => `SELECT r.band_label AS label, COUNT(*) AS n FROM report_scorecards r ${w} GROUP BY r.band_label`),
  };
}
export type ScoreQueries = ReturnType<typeof createScoreQueries>;
