import type { z } from 'zod';
import type { CsvExportInput } from '../../../shared/api/server-sync';

export type ParsedInput = z.output<typeof CsvExportInput>;

/** The SQL parameters of one export chunk, with dates turned into the half-open range [from, to) on occurred_at. */
export interface ChunkFilter {
  agentId?: string;
  status?: string;
  from?: string;
  to?: string;
  afterAt?: string;
  afterId?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day means its start (UTC); a moment is normalised to UTC so it compares with stored ISO times. */
const startOf = (value: string) => (DAY.test(value) ? `${value}T00:00:00.000Z` : new Date(value).toISOString());
/** `to` as a day includes that whole day: the range ends at the next midnight (UTC). */
const endOf = (value: string) => {
  if (!DAY.test(value)) return new Date(value).toISOString();
  const next = new Date(`${value}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
};

export function chunkFilter(input: ParsedInput): ChunkFilter {
  const filter: ChunkFilter = {};
  if (input.agentId) filter.agentId = input.agentId;
  if (input.status) filter.status = input.status;
  if (input.from) filter.from = startOf(input.from);
  if (input.to) filter.to = endOf(input.to);
  if (input.cursor) {
    const bar = input.cursor.lastIndexOf('|');
    filter.afterAt = input.cursor.slice(0, bar);
    filter.afterId = input.cursor.slice(bar + 1);
  }
  return filter;
}

export const cursorOf = (occurredAt: string, id: string) => `${occurredAt}|${id}`;

/**
 * The WHERE clause for the filters present. Only fixed fragments are joined;
 * every value is a named parameter. `withCursor` false gives the count of the
 * whole export (for progress).
 */
export function whereClause(filter: ChunkFilter, withCursor: boolean): string {
  // Calibration scorecards score a call for comparison, not the agent (migration 010): never exported as scorecards.
  const parts: string[] = ['s.calibration_session_id IS NULL'];
  if (filter.agentId) parts.push('s.agent_id = @agentId');
  if (filter.status) parts.push('s.status = @status');
  if (filter.from) parts.push('s.occurred_at >= @from');
  if (filter.to) parts.push('s.occurred_at < @to');
  if (withCursor && filter.afterAt) parts.push('(s.occurred_at, s.id) > (@afterAt, @afterId)');
  return `WHERE ${parts.join(' AND ')}`;
}

/** A stable key for the prepared-statement cache: which filters are present, not their values. */
export function shapeOf(filter: ChunkFilter, withCursor: boolean): string {
  return [filter.agentId, filter.status, filter.from, filter.to, withCursor && filter.afterAt].map((v) => (v ? '1' : '0')).join('');
}
