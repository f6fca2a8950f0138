import { addDays } from '../reports/local-day';
import type { Period } from './session';

/** With no session before, a new one looks back this many days (today included). */
export const FIRST_SESSION_DAYS = 90;

/**
 * The period a new session discusses by default (issue 8): since the last
 * session with the agent — the day after it was held — to today; the last
 * 90 days before a first session. A session held today again covers today.
 */
export function defaultPeriod(lastHeldOn: string | null, today: string): Period {
  if (lastHeldOn === null) return { from: addDays(today, -(FIRST_SESSION_DAYS - 1)), to: today };
  const from = addDays(lastHeldOn, 1);
  return { from: from > today ? today : from, to: today };
}
