import { describe, expect, it } from 'vitest';
import { decidePush, decideRead, type Principal } from '../../server/access/policy';
import { teamKey } from '../../server/access/team';
import { parseBearer } from '../../server/access/token';
import { ConfigError, loadConfig } from '../../server/config/load';
import { isLoopbackHost } from '../../server/config/loopback';
import { createRateLimiter } from '../../server/http/rate-limit';
import { decodeCursor, encodeCursor, START } from '../../server/pull/cursor';
import { formatPullPage, parsePullPage, readPullTrailer } from '../../shared/team-server/pull';

/** The team server's pure rules, without a database. */
const who = (role: Principal['role'], teams: string[] = []): Principal => ({ userId: 'u1', name: 'U', role, teams, teamKeys: teams.map(teamKey) });

describe('access rules', () => {
  it('pushes: own teams for reviewers and team leaders, any team for admins; no team is nobody\'s', () => {
    expect(decidePush(who('reviewer', ['North']), 'scorecard', ' NORTH', teamKey(' NORTH'))).toEqual({ ok: true });
    expect(decidePush(who('team_leader', ['North']), 'scorecard', 'South', 'south')).toMatchObject({ ok: false, reason: 'team_not_yours' });
    expect(decidePush(who('reviewer', ['North']), 'scorecard', '', '')).toMatchObject({ ok: false, message: expect.stringContaining('The scorecard has no team') });
    expect(decidePush(who('admin'), 'scorecard', 'South', 'south')).toEqual({ ok: true });
  });

  it('reads: reviewers their teams and their own pushes, team leaders their teams, admins all; asking for another team is refused', () => {
    expect(decideRead(who('reviewer', ['North']), [])).toEqual({ ok: true, scope: { all: false, teamKeys: ['north'], ownUserId: 'u1' } });
    expect(decideRead(who('team_leader', ['North', 'East']), [])).toEqual({ ok: true, scope: { all: false, teamKeys: ['north', 'east'], ownUserId: null } });
    expect(decideRead(who('admin'), [])).toEqual({ ok: true, scope: { all: true } });
    expect(decideRead(who('admin'), ['south'])).toEqual({ ok: true, scope: { all: false, teamKeys: ['south'], ownUserId: null } });
    expect(decideRead(who('team_leader', ['North']), ['north', 'south'])).toMatchObject({ ok: false, reason: 'team_not_yours', message: expect.stringContaining('"south"') });
  });

  it('bearer tokens: the scheme is case-insensitive, a token has no spaces', () => {
    expect(parseBearer('bearer cmt_abc')).toEqual({ ok: true, token: 'cmt_abc' });
    expect(parseBearer(undefined)).toEqual({ ok: false, reason: 'token_missing' });
    expect(parseBearer('Basic dXNlcjpwYXNz')).toEqual({ ok: false, reason: 'token_malformed' });
    expect(parseBearer('Bearer two words')).toEqual({ ok: false, reason: 'token_malformed' });
  });
});

describe('rate limiter (token bucket, injected clock)', () => {
  it('allows a burst, then one request per refill interval, each key on its own', () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 2, perSecond: 4, now: () => now });
    expect([limiter.take('a'), limiter.take('a')]).toEqual([{ ok: true }, { ok: true }]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('b')).toEqual({ ok: true });
    now += 250;
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toMatchObject({ ok: false });
    now += 10_000;
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].map((r) => r.ok)).toEqual([true, true, false]);
  });

  it('charges a request\'s further cost into debt: the requests after it wait until it is refilled', () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 4, perSecond: 2, now: () => now });
    expect(limiter.take('a')).toEqual({ ok: true });
    limiter.charge('a', 9); // a batch of ten documents: one taken, nine charged
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 4 });
    now += 3000;
    expect(limiter.take('a')).toMatchObject({ ok: false });
    now += 1000;
    expect(limiter.take('a')).toEqual({ ok: true });
    limiter.charge('b', 0);
    expect([limiter.take('b'), limiter.take('b'), limiter.take('b'), limiter.take('b'), limiter.take('b')].map((r) => r.ok)).toEqual([true, true, true, true, false]);
  });

  it('forgets full buckets when it holds too many keys', () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 1, perSecond: 1, now: () => now, maxKeys: 2 });
    limiter.take('a');
    limiter.take('b');
    now += 5_000;
    limiter.take('c'); // sweeps a and b, which have refilled
    expect(limiter.take('a')).toEqual({ ok: true });
  });
});

describe('pull cursor', () => {
  it('round-trips, treats empty as the start, and refuses anything it would not issue', () => {
    const point = { seq: 1234, check: '0123456789abcdef' };
    expect(decodeCursor(encodeCursor(point))).toEqual(point);
    expect(decodeCursor('')).toEqual(START);
    expect(decodeCursor(undefined)).toEqual(START);
    expect(decodeCursor(encodeCursor(START))).toEqual(START);
    for (const bad of ['nope', Buffer.from('c1:12:').toString('base64url'), Buffer.from('c1:0:0123456789abcdef').toString('base64url'), Buffer.from('c1:-1:0123456789abcdef').toString('base64url'), 'a'.repeat(65)]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });
});

describe('configuration', () => {
  it('defaults to loopback, and names the field that is wrong', () => {
    expect(loadConfig(undefined, {})).toMatchObject({ listen: { host: '127.0.0.1', port: 8443 }, maxBodyBytes: 5 * 1024 * 1024, rateLimit: { burst: 120, perSecond: 20 } });
    expect(loadConfig(undefined, { CALLMARK_DATABASE_URL: 'postgres://x@db/callmark', CALLMARK_SERVER_PORT: '9000' })).toMatchObject({
      listen: { port: 9000 },
      database: { url: 'postgres://x@db/callmark' },
    });
    expect(() => loadConfig(undefined, { CALLMARK_SERVER_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig('/nonexistent/callmark.json', {})).toThrow(/Cannot read the configuration file \/nonexistent\/callmark.json/);
  });

  it('knows which hosts are loopback', () => {
    for (const host of ['127.0.0.1', '127.8.9.10', 'localhost', '::1', '[::1]']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '10.0.0.1', '::', 'example.org', '127.0.0.256', '128.0.0.1']) expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('pull page framing (shared/team-server/pull.ts)', () => {
  const item = (n: number) => ({
    kind: 'scorecard',
    documentId: `00000000-0000-4000-8000-00000000000${n}`,
    revision: n,
    bodySha256: 'a'.repeat(64),
    storedAt: '2026-12-01T09:00:00.000Z',
    body: `{"n":${n},"text":"line\\nbreak \u2028 escaped"}`,
  });

  it('reads back exactly what was written, bodies byte for byte', () => {
    const page = { items: [item(1), item(2)], nextCursor: 'abc', hasMore: true };
    expect(parsePullPage(formatPullPage(page))).toEqual({ ok: true, page });
    // As received: bytes, each line decoded on its own, characters beyond ASCII included.
    expect(parsePullPage(new TextEncoder().encode(formatPullPage(page)))).toEqual({ ok: true, page });
    expect(parsePullPage(formatPullPage({ items: [], nextCursor: '', hasMore: false }))).toEqual({ ok: true, page: { items: [], nextCursor: '', hasMore: false } });
  });

  it('recognises an answer cut short, and never frames a body with a line break', () => {
    const text = formatPullPage({ items: [item(1), item(2)], nextCursor: 'abc', hasMore: false });
    const lines = text.split('\n');
    expect(parsePullPage(lines.slice(0, 4).join('\n') + '\n')).toMatchObject({ ok: false });
    expect(parsePullPage(text.slice(0, -1))).toMatchObject({ ok: false, message: expect.stringContaining('cut short') });
    expect(parsePullPage([lines[0], lines[1], lines[4]].join('\n') + '\n')).toMatchObject({ ok: false, message: expect.stringContaining('not the 2 its trailer counts') });
    expect(() => formatPullPage({ items: [{ ...item(1), body: '{\n}' }], nextCursor: '', hasMore: false })).toThrow(/line break/);
  });

  it('reads the trailer from the last line alone (where the next page starts), and nothing from an answer cut short', () => {
    const bytes = new TextEncoder().encode(formatPullPage({ items: [item(1), item(2)], nextCursor: 'abc', hasMore: true }));
    expect(readPullTrailer(bytes)).toEqual({ nextCursor: 'abc', hasMore: true, count: 2 });
    expect(readPullTrailer(bytes.subarray(0, -1))).toBeNull();
    expect(readPullTrailer(bytes.subarray(0, bytes.indexOf(0x0a) + 1))).toBeNull();
  });
});
