import type Database from 'better-sqlite3';
import { addCounts, addValuesInto, vectorWidth } from '../../../../shared/reports/element-counts';
import type { ReportFilter } from '../../../../shared/reports/filter';
import { splitRange } from '../../../../shared/reports/local-day';
import { fromBlob } from '../facts/store';
import { paramsOf, statementCache, usedParams, whereOf } from './where';

/** Element vectors summed per agent and template version. */
export type ElementTotalsByAgent = Map<string, Map<string, Float64Array>>;

/** The running vector of an agent and version, made empty (`width` figures) the first time. */
const vectorOf = (into: ElementTotalsByAgent, agentId: string, versionId: string, width: number) => {
  let byVersion = into.get(agentId);
  if (!byVersion) into.set(agentId, (byVersion = new Map()));
  let vector = byVersion.get(versionId);
  if (!vector) byVersion.set(versionId, (vector = new Float64Array(width)));
  return vector;
};

const add = (into: ElementTotalsByAgent, agentId: string, versionId: string, counts: Float64Array) =>
  addCounts(vectorOf(into, agentId, versionId, counts.length), counts, 1);

/**
 * Element pass-rate reads. Without a reviewer or channel filter they come
 * from the element facts: whole months from the month rows, the loose days
 * either side from the day rows (a two-year range of 200 agents reads about
 * 5 000 rows, not two million answers). The facts are kept without reviewer
 * and channel, so with either filter the vectors are made from the counted
 * scorecards' stored answer values instead, still without the answers table.
 */
export function createElementQueries(db: Database.Database, contentOf: (versionId: string) => Parameters<typeof addValuesInto>[1] | null) {
  const prepared = statementCache(db);
  const tierRows = (table: 'report_element_days' | 'report_element_months', period: 'day' | 'month', filter: ReportFilter, from: string, to: string) => {
    const where = whereOf(filter, period, { reviewer: false, channel: false });
    const text = `SELECT r.agent_id AS agentId, r.template_version_id AS versionId, r.counts FROM ${table} r ${where.sql}`;
    return prepared(`${table}:${where.shape}`, () => text).all(usedParams(text, paramsOf(filter, from, to))) as { agentId: string; versionId: string; counts: Buffer }[];
  };
  return {
    /** Whether this filter can be answered from the element facts. */
    fromFacts: (filter: ReportFilter) => !filter.reviewerId && !filter.channel,
    elementTotalsByAgent(filter: ReportFilter): ElementTotalsByAgent {
      const totals: ElementTotalsByAgent = new Map();
      if (!filter.reviewerId && !filter.channel) {
        const { days, months } = splitRange(filter.from, filter.to);
        if (months) for (const r of tierRows('report_element_months', 'month', filter, months[0], months[1])) add(totals, r.agentId, r.versionId, fromBlob(r.counts));
        for (const [from, to] of days) for (const r of tierRows('report_element_days', 'day', filter, from, to)) add(totals, r.agentId, r.versionId, fromBlob(r.counts));
        return totals;
      }
      // Each scorecard's values are added straight into its agent's vector: no vector per scorecard (40 ms for 12 500 here).
      const where = whereOf(filter, 'day', { reviewer: true, channel: true });
      const text = `SELECT r.agent_id AS agentId, r.template_version_id AS versionId, r.answer_values AS vals FROM report_scorecards r ${where.sql}`;
      for (const r of prepared(`values:${where.shape}`, () => text).iterate(usedParams(text, paramsOf(filter))) as Iterable<{ agentId: string; versionId: string; vals: string }>) {
        const content = contentOf(r.versionId);
        if (content) addValuesInto(vectorOf(totals, r.agentId, r.versionId, vectorWidth(content)), content, r.vals);
      }
      return totals;
    },
  };
}
export type ElementQueries = ReturnType<typeof createElementQueries>;
