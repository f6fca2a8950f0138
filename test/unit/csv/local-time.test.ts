import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localIso, localWords } from '../../../shared/export/csv/local-time';

/**
 * The ISO column must give the offset in force at that very instant. Zones
 * whose offset is not whole hours change it at half past a UTC hour:
 * Australia/Adelaide moves from +09:30 to +10:30 at 02:00 local standard
 * time on the first Sunday of October (2026-10-04, i.e. 2026-10-03T16:30Z);
 * Lord Howe moves by half an hour (+10:30 to +11:00) at 02:00 local, 15:30Z.
 * (IANA tz database, australasia file.)
 */
describe('local times in the CSV', () => {
  it('gives each instant the offset in force then, also when a zone changes it at half past an hour', () => {
    const adelaide = { locale: 'en-AU', timeZone: 'Australia/Adelaide' };
    // The hour's start first, so an answer remembered for the hour would be reused for the later instants.
    expect(localIso('2026-10-03T16:00:00Z', adelaide)).toBe('2026-10-04T01:30:00+09:30');
    expect(localIso('2026-10-03T16:29:59Z', adelaide)).toBe('2026-10-04T01:59:59+09:30');
    expect(localIso('2026-10-03T16:30:00Z', adelaide)).toBe('2026-10-04T03:00:00+10:30');
    expect(localIso('2026-10-03T16:45:00Z', adelaide)).toBe('2026-10-04T03:15:00+10:30');
    const lordHowe = { locale: 'en-AU', timeZone: 'Australia/Lord_Howe' };
    expect(localIso('2026-10-03T15:00:00Z', lordHowe)).toBe('2026-10-04T01:30:00+10:30');
    expect(localIso('2026-10-03T15:30:00Z', lordHowe)).toBe('2026-10-04T02:30:00+11:00');
  });

  it('reads as the user’s locale writes dates, in their zone', () => {
    expect(localWords('2026-11-20T10:00:00Z', { locale: 'en-GB', timeZone: 'Europe/London' })).toBe('20/11/2026, 10:00');
    expect(localIso('2026-07-01T10:00:00Z', { locale: 'en-GB', timeZone: 'Europe/London' })).toBe('2026-07-01T11:00:00+01:00');
    expect(localIso('2026-07-01T10:00:00Z', { locale: 'en-US', timeZone: 'America/St_Johns' })).toBe('2026-07-01T07:30:00-02:30');
    expect(localWords(null, { locale: 'en-GB', timeZone: 'UTC' })).toBeNull();
  });
});

describe('local words made from cached days and minutes', () => {
  it('read exactly as Intl writes the whole instant, in any locale and zone', () => {
    const locales = ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG', 'hi-IN', 'fa-IR', 'zh-CN', 'ko-KR', 'he-IL', 'th-TH', 'bg-BG', 'pt-BR'];
    const zones = ['UTC', 'Europe/London', 'America/New_York', 'Australia/Adelaide', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Tehran', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.constantFrom(...zones),
        // 1990–2060, to the second: DST changes of every zone above fall inside.
        fc.integer({ min: 631_152_000, max: 2_840_140_800 }),
        (locale, timeZone, seconds) => {
          const iso = new Date(seconds * 1000).toISOString();
          expect(localWords(iso, { locale, timeZone })).toBe(new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso)));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('read right all through the days around a change of offset, where the day and the minute move', () => {
    const changes: [string, string, string][] = [
      ['en-AU', 'Australia/Adelaide', '2026-10-02T00:00:00Z'],
      ['en-AU', 'Australia/Lord_Howe', '2026-10-02T00:00:00Z'],
      ['en-GB', 'Europe/London', '2026-10-24T00:00:00Z'],
      ['en-US', 'America/New_York', '2026-10-31T00:00:00Z'],
      ['en-NZ', 'Pacific/Chatham', '2026-09-25T00:00:00Z'],
    ];
    for (const [locale, timeZone, from] of changes) {
      const whole = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short', timeStyle: 'short' });
      // Every seventh minute for three days: each cached day and minute is met again and again.
      for (let at = Date.parse(from); at < Date.parse(from) + 3 * 86_400_000; at += 7 * 60_000) {
        const iso = new Date(at).toISOString();
        expect(localWords(iso, { locale, timeZone }), `${timeZone} ${iso}`).toBe(whole.format(at));
      }
    }
  });
});
