import type Database from 'better-sqlite3';
import type { ReportFilter } from '../../../../shared/reports/filter';
import { paramsOf, statementCache, usedParams, whereOf } from './where';

export interface SatisfactionPair {
  agentId: string;
  day: string;
  percent: number | null;
  satisfaction: number;
}

/** Survey responses matched to counted scorecards by the interaction's reference, within a report's filter. */
export function createSatisfactionQueries(db: Database.Database) {
  const prepared = statementCache(db);
  return {
    pairs(filter: ReportFilter): SatisfactionPair[] {
      const where = whereOf(filter, 'day', { reviewer: true, channel: true });
      const text = `SELECT r.agent_id AS agentId, r.day, r.percent, s.satisfaction FROM report_scorecards r
        JOIN survey_responses s ON s.reference = r.reference ${where.sql} AND r.reference <> ''`;
      return prepared(`pairs:${where.shape}`, () => text).all(usedParams(text, paramsOf(filter))) as SatisfactionPair[];
    },
  };
}
