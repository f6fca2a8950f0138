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
