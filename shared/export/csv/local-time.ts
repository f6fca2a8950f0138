/**
 * A stored instant as the user reads it, for the CSV's local-time columns:
 * "20/11/2026, 10:00" in en-GB, with the same moment in ISO 8601 with the
 * zone's offset beside it ("2026-11-20T10:00:00+00:00"), which every
 * spreadsheet and script can parse whatever the locale.
 */
export interface LocalTimeFormat {
  locale: string;
  timeZone: string;
}

const cache = new Map<string, { words: Intl.DateTimeFormat; parts: Intl.DateTimeFormat }>();

function formattersOf({ locale, timeZone }: LocalTimeFormat) {
  const key = `${locale}|${timeZone}`;
  let found = cache.get(key);
  if (!found) {
    found = {
      words: new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short', timeStyle: 'short' }),
      parts: new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
    };
    cache.set(key, found);
  }
  return found;
}

/** Whether this locale and zone can be used (an unknown one is refused before the export starts). */
export function checkLocalTimeFormat(format: LocalTimeFormat): string | null {
  try {
    formattersOf(format);
    return null;
  } catch {
    return `The locale "${format.locale}" or time zone "${format.timeZone}" is not known.`;
  }
}

export function localWords(iso: string | null, format: LocalTimeFormat): string | null {
  return iso === null ? null : formattersOf(format).words.format(new Date(iso));
}

const QUARTER_MS = 900_000;
/**
 * The zone's offset from UTC (minutes) in each quarter hour already met:
 * exports meet the same quarters again and again, and asking Intl costs
 * microseconds a row. Quarters, not hours: a zone a half or three quarters
 * of an hour off UTC (Adelaide, Kathmandu) changes its offset at half or a
 * quarter past a UTC hour. A quarter whose two ends disagree holds a change,
 * and is worked out instant by instant (NaN marks it).
 */
const offsets = new Map<string, Map<number, number>>();

function offsetAt(at: number, format: LocalTimeFormat): number {
  const p = Object.fromEntries(formattersOf(format).parts.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return Math.round((Date.parse(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}Z`) - (at - (at % 1000))) / 60_000);
}

function offsetMinutes(ms: number, format: LocalTimeFormat): number {
  let byQuarter = offsets.get(format.timeZone);
  if (!byQuarter) offsets.set(format.timeZone, (byQuarter = new Map()));
  const quarter = Math.floor(ms / QUARTER_MS);
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    const start = offsetAt(quarter * QUARTER_MS, format);
    offset = start === offsetAt((quarter + 1) * QUARTER_MS - 1, format) ? start : NaN;
    byQuarter.set(quarter, offset);
  }
  return Number.isNaN(offset) ? offsetAt(ms, format) : offset;
}

export function localIso(iso: string | null, format: LocalTimeFormat): string | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  const offset = offsetMinutes(ms, format);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
