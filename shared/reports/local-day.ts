/**
 * Reports count days as the user lives them, not in UTC: a call at 00:30 in
 * London in summer (23:30 UTC the day before) belongs to the day it was taken.
 * Days are 'YYYY-MM-DD' text, months 'YYYY-MM', so they sort and compare as text.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-CA writes dates as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows this IANA time zone name. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local day of an instant in a time zone. */
export function localDayOf(iso: string, timeZone: string): string {
  return formatterFor(timeZone).format(new Date(iso));
}

export const monthOf = (day: string) => day.slice(0, 7);

const DAY_MS = 86_400_000;
const utcOf = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOfUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, n: number) => dayOfUtc(utcOf(day) + n * DAY_MS);

/** The Monday that starts the ISO week of a day. */
export function weekOf(day: string): string {
  const weekday = (new Date(utcOf(day)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The first and last day of a month. */
export function monthSpan(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { first: `${month}-01`, last: addDays(`${next}-01`, -1) };
}

export const daysBetween = (from: string, to: string) => Math.round((utcOf(to) - utcOf(from)) / DAY_MS);

/**
 * A range of local days cut into whole months and the loose days either side,
 * so a two-year report reads 24 month rows per agent instead of 730 day rows.
 */
export function splitRange(from: string, to: string): { days: [string, string][]; months: [string, string] | null } {
  if (from > to) return { days: [], months: null };
  const firstWhole = from.endsWith('-01') ? monthOf(from) : monthOf(addDays(monthSpan(monthOf(from)).last, 1));
  const lastWhole = monthSpan(monthOf(to)).last === to ? monthOf(to) : monthOf(addDays(`${monthOf(to)}-01`, -1));
  if (firstWhole > lastWhole) return { days: [[from, to]], months: null };
  const days: [string, string][] = [];
  const wholeFrom = `${firstWhole}-01`;
  const wholeTo = monthSpan(lastWhole).last;
  if (from < wholeFrom) days.push([from, addDays(wholeFrom, -1)]);
  if (to > wholeTo) days.push([addDays(wholeTo, 1), to]);
  return { days, months: [firstWhole, lastWhole] };
}
