import type Database from 'better-sqlite3';
import type { ReportFilter } from '../../../../shared/reports/filter';
import type { ReportCell, ReportScorecard, StaleDraft } from '../../../../shared/api/reports';
import { addDays, monthSpan } from '../../../../shared/reports/local-day';
import { paramsOf, statementCache, usedParams, whereOf } from './where';

interface Row {
  scorecardId: string;
  revision: number;
  source: 'mine' | 'team';
  agentName: string;
  team: string;
  reviewerName: string;
  day: string;
  occurredAt: string;
  channel: string;
  reference: string;
  percent: number | null;
  band: string;
  automaticFail: number;
  versionId: string;
  vals: string;
}

export type CellRow = Omit<ReportScorecard, 'answer' | 'automaticFail'> & { automaticFail: boolean; versionId: string; answerValues: string };

/** A cell's period as a day range: a Monday is its week, 'YYYY-MM' its month. */
function periodRange(period: string): [string, string] {
  if (/^\d{4}-\d{2}$/.test(period)) {
    const { first, last } = monthSpan(period);
    return [first, last];
  }
  return [period, addDays(period, 6)];
}

/**
 * The scorecards behind a cell of any view (newest first), and the drafts
 * left open too long. The drill-down of every chart and table reads here.
 */
export function createScorecardLists(db: Database.Database) {
  const prepared = statementCache(db);
  const staleDrafts = db.prepare<[string], { scorecardId: string; agentName: string; reviewerName: string; createdAt: string; updatedAt: string; revision: number; openedAt: string }>(
    `SELECT * FROM (
       SELECT s.id AS scorecardId, a.name AS agentName, s.reviewer_name AS reviewerName, s.created_at AS createdAt, s.updated_at AS updatedAt, s.revision,
         COALESCE((SELECT completed_at FROM scorecard_revisions v WHERE v.scorecard_id = s.id AND v.revision = s.revision - 1), s.created_at) AS openedAt
       FROM scorecards s JOIN agents a ON a.id = s.agent_id WHERE s.status = 'draft' AND s.calibration_session_id IS NULL)
     WHERE openedAt < ? ORDER BY openedAt LIMIT 500`,
  );
  return {
    scorecardsIn(filter: ReportFilter, cell: ReportCell, limit: number): { items: CellRow[]; total: number } {
      let [from, to] = [filter.from, filter.to];
      if (cell.period) {
        const [a, b] = periodRange(cell.period);
        [from, to] = [a > from ? a : from, b < to ? b : to];
      }
      const narrowed: ReportFilter = { ...filter, agentId: cell.agentId ?? filter.agentId, reviewerId: cell.reviewerId ?? filter.reviewerId, team: cell.team ?? filter.team };
      const where = whereOf(narrowed, 'day', { reviewer: true, channel: true });
      const band = cell.band !== undefined ? ' AND r.band_label = @band' : '';
      const body = `FROM report_scorecards r JOIN agents a ON a.id = r.agent_id ${where.sql}${band}`;
      const list = `SELECT r.scorecard_id AS scorecardId, r.revision, r.source, a.name AS agentName, a.team, r.reviewer_name AS reviewerName, r.day,
          r.occurred_at AS occurredAt, r.channel, r.reference, r.percent, r.band_label AS band, r.automatic_fail AS automaticFail,
          r.template_version_id AS versionId, r.answer_values AS vals
        ${body} ORDER BY r.occurred_at DESC, r.scorecard_id LIMIT @limit`;
      const count = `SELECT COUNT(*) AS n ${body}`;
      const params = { ...paramsOf(narrowed, from, to), band: cell.band ?? null, limit };
      const key = `${where.shape}${band ? 'b' : ''}`;
      const rows = prepared(`list:${key}`, () => list).all(usedParams(list, params)) as Row[];
      const { n } = prepared(`count:${key}`, () => count).get(usedParams(count, params)) as { n: number };
      return {
        total: n,
        items: rows.map(({ vals, automaticFail, ...r }) => ({ ...r, automaticFail: automaticFail === 1, answerValues: vals })),
      };
    },
    /** Drafts opened (or reopened for a new revision) before `cutoff`, oldest first. */
    draftsOpenedBefore: (cutoff: string): (Omit<StaleDraft, 'days'> & { openedAt: string })[] => staleDrafts.all(cutoff),
  };
}
export type ScorecardLists = ReturnType<typeof createScorecardLists>;
