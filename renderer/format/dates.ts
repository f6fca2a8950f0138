/** Date and time in the user's own locale and time zone. */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const dayOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : time.format(date);
}

/** The value a datetime-local input shows for an instant, in local time. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local time) as an ISO instant, or null if it is not a valid date-time. */
export function fromLocalInputValue(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The day and the time apart, in the user's own time zone: a list shows them on two lines, never broken inside either. */
export function formatDayAndTime(iso: string): { day: string; time: string } {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? { day: iso, time: '' } : { day: dayOnly.format(date), time: timeOnly.format(date) };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The first instant of a calendar day (a date input's YYYY-MM-DD) where the user is: local midnight, so a filter
 * "from 3 March" starts when 3 March starts for them, not in UTC. `after` days later: the end of a day is the start
 * of the next (a DST change makes a day 23 or 25 hours, which local dates follow). Null for anything but a date.
 */
export function localDayStart(day: string, after = 0): string | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const [year, month, day0] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const named = new Date(year, month, day0);
  // "2026-02-30" is no day: the Date constructor would quietly make it 2 March.
  if (named.getMonth() !== month || named.getDate() !== day0) return null;
  return new Date(year, month, day0 + after).toISOString();
}

/** The end of a local day, exclusive: a "to" date includes the whole of that day. */
export const localDayEnd = (day: string): string | null => localDayStart(day, 1);

/** Today's date where the user is, as a date input's value. */
export function localToday(now = new Date()): string {
  return toLocalInputValue(now).slice(0, 10);
}
