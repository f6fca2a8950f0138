import type Database from 'better-sqlite3';
import type { ReportFilter } from '../../../../shared/reports/filter';

/** Which filter parts a query honours: the element facts are kept without reviewer and channel. */
export interface WhereParts {
  reviewer: boolean;
  channel: boolean;
}

/**
 * The WHERE clause of a report query over a table with `agent_id`, a period
 * column and `source` (and, on report_scorecards, reviewer, version and
 * channel). Fixed fragments only; every value is a named parameter.
 */
export function whereOf(filter: ReportFilter, period: string, parts: WhereParts, alias = 'r'): { sql: string; shape: string } {
  const fragments: string[] = [`${alias}.${period} BETWEEN @from AND @to`];
  const shape: string[] = [];
  const add = (on: boolean, fragment: string) => {
    shape.push(on ? '1' : '0');
    if (on) fragments.push(fragment);
  };
  add(!!filter.team, `${alias}.agent_id IN (SELECT id FROM agents WHERE team = @team)`);
  add(!!filter.agentId, `${alias}.agent_id = @agentId`);
  add(parts.reviewer && !!filter.reviewerId, `${alias}.reviewer_id = @reviewerId`);
  add(!!filter.templateVersionId, `${alias}.template_version_id = @templateVersionId`);
  add(parts.channel && !!filter.channel, `${alias}.channel = @channel`);
  add(filter.source !== 'all', `${alias}.source = @source`);
  return { sql: `WHERE ${fragments.join(' AND ')}`, shape: shape.join('') };
}

export const paramsOf = (filter: ReportFilter, from = filter.from, to = filter.to) => ({
  from,
  to,
  team: filter.team ?? null,
  agentId: filter.agentId ?? null,
  reviewerId: filter.reviewerId ?? null,
  templateVersionId: filter.templateVersionId ?? null,
  channel: filter.channel ?? null,
  source: filter.source,
});

/** Prepared once per (query, filter shape): values change, the SQL text does not. */
export function statementCache(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return (key: string, sql: () => string): Database.Statement => {
    let statement = cache.get(key);
    if (!statement) cache.set(key, (statement = db.prepare(sql())));
    return statement;
  };
}

/** Only named parameters the SQL uses may be passed to better-sqlite3. */
export function usedParams(sql: string, params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(`@${k}`)));
}
