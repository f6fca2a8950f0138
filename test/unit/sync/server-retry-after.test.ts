import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { serverTokenKey } from '../../../electron/services/sync/server';
import { openOutboxService, type OutboxService } from './support/outbox-service';

/**
 * A server that answers every POST with 503 and a Retry-After that asks for no
 * wait at all (0 seconds, or a date already past) must not be hit in a tight
 * loop: Retry-After is a minimum, and the back-off still applies.
 */
const TOKEN = 'cm_retry_after_token';
const POLICY = { baseMs: 100, factor: 2, capMs: 60_000, jitter: 0 };
const WINDOW_MS = 1000;

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close().catch(() => undefined);
});

async function unavailableServer(retryAfter: string) {
  let posts = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST') posts += 1;
      res.writeHead(503, { 'retry-after': retryAfter, 'content-type': 'text/plain' }).end('down for maintenance');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/scorecards`, posts: () => posts };
}

async function serviceAgainst(url: string): Promise<{ s: OutboxService; targetId: string }> {
  const s = openOutboxService({ backoff: POLICY, random: () => 0 });
  closers.push(() => s.close());
  const target = await s.call('sync.targets.add', { name: 'Head office', config: { kind: 'server', url, timeoutMs: 1000 } });
  await s.ctx.secrets.set(serverTokenKey(target.id), TOKEN);
  return { s, targetId: target.id };
}

describe('Retry-After from a real server', () => {
  it.each([
    ['0', '0'],
    ['a date in the past', 'Wed, 21 Oct 2015 07:28:00 GMT'],
  ])('a 503 with Retry-After %s is retried with back-off, not in a loop', async (_, retryAfter) => {
    const server = await unavailableServer(retryAfter);
    const { s, targetId } = await serviceAgainst(server.url);
    await s.complete();
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));

    // Back-off of 100, 200, 400 ms from the first attempt: attempts at about 0, 100, 300 and 700 ms.
    expect(server.posts()).toBeGreaterThanOrEqual(2);
    expect(server.posts()).toBeLessThanOrEqual(5);
    const [row] = s.rows(targetId);
    expect(row).toMatchObject({ state: 'pending' });
    expect(row!.last_error).toMatch(/temporarily unavailable \(HTTP 503\)/);
    // The next attempt is at least the base away, whatever the header said.
    expect(Date.parse(row!.next_attempt_at) - Date.parse(row!.last_attempt_at!)).toBeGreaterThanOrEqual(POLICY.baseMs);
  });
});
