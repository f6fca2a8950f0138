import { afterEach, describe, expect, it } from 'vitest';
import { serverTokenKey } from '../../../electron/services/sync/server';
import { startCallmarkServer, type CallmarkServer } from '../../support/callmark-server';
import { tempFolder } from '../../support/service';
import { openOutboxService, type OutboxService } from './support/outbox-service';

/**
 * Issue 4's promise for servers, end to end: part A's persistent outbox
 * driving this part's real server target against a real HTTP server that
 * fails in every way it can — 5xx, 429, cut connections, answers lost after
 * storing, a hung request, a full outage, a 400, and an app restart in the
 * middle — and every scorecard arrives exactly once.
 *
 * No sleeps: each step waits for the service to be idle; "retry now" stands in
 * for the back-off timers (a person pressing the button, or the timer firing).
 */
const TOKEN = 'cm_outbox_token_91';
const FAST = { backoff: { baseMs: 5, factor: 2, capMs: 20, jitter: 0 }, random: () => 0 };

let server: CallmarkServer;
let services: OutboxService[] = [];
afterEach(async () => {
  for (const s of services) await s.close().catch(() => undefined);
  services = [];
  await server.close();
});

async function open(dataFolder: string) {
  const s = openOutboxService(FAST, dataFolder);
  services.push(s);
  return s;
}

async function settle(s: OutboxService, targetId: string, maxRounds = 200) {
  for (let round = 0; round < maxRounds; round++) {
    await s.idle();
    const pending = s.rows(targetId).filter((r) => r.state === 'pending');
    if (pending.length === 0) return;
    await s.call('sync.items.retry', { targetId });
  }
  throw new Error('the outbox did not settle');
}

describe('server sync through the outbox', () => {
  it('every scorecard arrives exactly once through errors, an outage and a restart', async () => {
    server = await startCallmarkServer({ token: TOKEN });
    const folder = tempFolder('callmark-server-outbox-');
    let s = await open(folder);
    const target = await s.call('sync.targets.add', { name: 'Head office', config: { kind: 'server', url: server.url, timeoutMs: 1000 } });
    await s.ctx.secrets.set(serverTokenKey(target.id), TOKEN);

    // Round 1: the server misbehaves in every temporary way.
    server.script.push(
      { status: 500, body: 'boom' },
      { cut: true },
      { storeThenCut: true },
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 503, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' } },
      { storeThenCut: true },
      { status: 502 },
    );
    const ids = await s.complete(8);
    await settle(s, target.id);

    // Round 2: a full outage while more scorecards are completed.
    await server.stop();
    ids.push(...(await s.complete(4)));
    await s.idle();
    const during = s.rows(target.id);
    expect(during.filter((r) => r.state === 'pending').length).toBeGreaterThanOrEqual(4);
    expect(during.find((r) => r.state === 'pending')?.last_error).toMatch(/connection was refused/);
    await server.restart();
    await settle(s, target.id);

    // Round 3: the app quits while a request hangs; the next start sends it again (same key, same bytes).
    server.script.push({ hang: true });
    ids.push(...(await s.complete(1)));
    const hung = await server.nextRequest((r) => r.headers['idempotency-key'] === `${ids.at(-1)}:r1`);
    await s.close();
    await hung.closedEarly; // quitting aborted the request in flight
    services = services.filter((x) => x !== s);
    s = await open(folder);
    await s.ctx.secrets.set(serverTokenKey(target.id), TOKEN); // the test's in-memory keychain does not survive the restart
    await settle(s, target.id);

    // Round 4: a 400 stops one item until the user retries it by hand.
    server.script.push({ status: 400, headers: { 'content-type': 'application/json' }, body: '{"message":"agent not on this server yet"}' });
    ids.push(...(await s.complete(1)));
    await s.idle();
    const failed = s.rows(target.id).find((r) => r.state === 'failed');
    expect(failed?.last_error).toBe('The server rejected the scorecard (HTTP 400): agent not on this server yet.');
    await s.call('sync.items.retry', { targetId: target.id });
    await settle(s, target.id);

    // Every scorecard stored exactly once, byte for byte what the outbox froze.
    const expected = ids.map((id) => `${id}:r1`).sort();
    expect([...server.storeEvents].sort()).toEqual(expected);
    expect(new Set(server.storeEvents).size).toBe(server.storeEvents.length);
    expect(s.rows(target.id).every((r) => r.state === 'sent')).toBe(true);
    for (const id of ids) expect(JSON.parse(server.stored.get(`${id}:r1`)!.body)).toMatchObject({ scorecardId: id, revision: 1 });
    // Repeats happened (that is the point), and each repeat carried the same key and bytes.
    // This contract server has no batch endpoint: each drain asks once (404), then pushes one document per request.
    const pushes = server.requests.filter((r) => r.method === 'POST' && !r.url.endsWith('/batch'));
    expect(server.requests.some((r) => r.url.endsWith('/batch'))).toBe(true);
    const byKey = new Map<string, Set<string>>();
    for (const r of pushes) {
      const key = String(r.headers['idempotency-key']);
      byKey.set(key, (byKey.get(key) ?? new Set()).add(r.body));
    }
    expect([...byKey.values()].every((bodies) => bodies.size === 1)).toBe(true);
    expect(pushes.length).toBeGreaterThan(ids.length);
  }, 60_000);
});
