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

interface Formatters {
  words: Intl.DateTimeFormat;
  parts: Intl.DateTimeFormat;
  /** How this locale joins its short date and short time ("{date}, {time}" in en-GB); null if not checked to be a plain join. */
  glue: ((date: string, time: string) => string) | null;
  date: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
  /** Words already made, by local day and by local minute of the day: an export meets the same ones again and again. */
  days: Map<number, string>;
  minutes: Map<number, string>;
}

const cache = new Map<string, Formatters>();

function formattersOf({ locale, timeZone }: LocalTimeFormat): Formatters {
  const key = `${locale}|${timeZone}`;
  let found = cache.get(key);
  if (!found) {
    const words = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short' });
    const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' });
    found = {
      words,
      parts: new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
      glue: glueOf(words, date, time),
      date,
      time,
      days: new Map(),
      minutes: new Map(),
    };
    cache.set(key, found);
  }
  return found;
}

/**
 * Whether this locale's short date-and-time is its short date and its short
 * time joined by a fixed text (CLDR's dateTimeFormat, "{1}, {0}" in English),
 * checked on instants of both halves of the day and of different months; a
 * locale where it is not is formatted whole, instant by instant.
 */
function glueOf(words: Intl.DateTimeFormat, date: Intl.DateTimeFormat, time: Intl.DateTimeFormat): Formatters['glue'] {
  const probes = ['2026-01-05T03:07:00Z', '2026-06-17T14:45:00Z', '2026-11-28T21:59:00Z', '2027-03-09T10:30:00Z'].map((iso) => new Date(iso));
  const split = (at: Date) => {
    const whole = words.format(at);
    const d = date.format(at);
    const t = time.format(at);
    if (whole.startsWith(d) && whole.endsWith(t) && whole.length >= d.length + t.length) return { first: 'date', between: whole.slice(d.length, whole.length - t.length) };
    if (whole.startsWith(t) && whole.endsWith(d) && whole.length >= d.length + t.length) return { first: 'time', between: whole.slice(t.length, whole.length - d.length) };
    return null;
  };
  const seen = probes.map(split);
  const [one] = seen;
  if (!one || seen.some((x) => !x || x.first !== one.first || x.between !== one.between)) return null;
  const between = one.between;
  return one.first === 'date' ? (d, t) => d + between + t : (d, t) => t + between + d;
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

const DAY_MS = 86_400_000;

export function localWords(iso: string | null, format: LocalTimeFormat): string | null {
  if (iso === null) return null;
  const f = formattersOf(format);
  const ms = Date.parse(iso);
  if (!f.glue || Number.isNaN(ms)) return f.words.format(new Date(iso));
  // Days and minutes of the day as the zone counts them, so one cached text serves every instant it covers.
  const local = ms + offsetMinutes(ms, format) * 60_000;
  const day = Math.floor(local / DAY_MS);
  const minute = Math.floor((local - day * DAY_MS) / 60_000);
  let d = f.days.get(day);
  if (d === undefined) f.days.set(day, (d = f.date.format(ms)));
  let t = f.minutes.get(minute);
  if (t === undefined) f.minutes.set(minute, (t = f.time.format(ms)));
  return f.glue(d, t);
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
