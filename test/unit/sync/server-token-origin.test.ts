import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { serverTokenKey } from '../../../electron/services/sync/server';
import { startCallmarkServer, type CallmarkServer } from '../../support/callmark-server';
import { closeAfterEach } from '../../support/close-after-each';
import { answerAll, draftReview, openService, tempFolder } from '../../support/service';
import { openOutboxService } from './support/outbox-service';

/**
 * A server target's token is given for one server. It must never reach
 * another origin: not through the connection test naming another URL, and not
 * through the target's URL being changed while the token stays.
 */
const TOKEN = 'cm_origin_token_7f3a';
const OTHER_TOKEN = 'cm_other_server_token_19';
const FAST = { backoff: { baseMs: 5, factor: 2, capMs: 20, jitter: 0 }, random: () => 0 };

const track = closeAfterEach<{ close(): Promise<unknown> }>({ ignoreCloseErrors: true });

async function callmarkServer(token: string): Promise<CallmarkServer> {
  return track(await startCallmarkServer({ token }));
}

/** Any server at all, on its own port (another origin), that records the Authorization of every request. */
async function listeningServer() {
  const seen: { method: string; url: string; authorization: string | undefined }[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  track({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/collect`, seen };
}

describe('the connection test with a saved token', () => {
  it('sends the saved token only to the origin it was saved for', async () => {
    const home = await callmarkServer(TOKEN);
    const elsewhere = await listeningServer();
    const s = track(openService(tempFolder('callmark-origin-')));
    const target = await s.call('sync.targets.add', { name: 'Head office', config: { kind: 'server', url: home.url, timeoutMs: 5000 } });
    await s.call('sync.server.setToken', { targetId: target.id, token: TOKEN });

    const refused = await s.refuse('sync.server.test', { url: elsewhere.url, targetId: target.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('type its token') } });
    expect(JSON.stringify(refused)).not.toContain(TOKEN);
    expect(elsewhere.seen).toEqual([]);

    // The same server under another path is the same origin: the saved token may be used there.
    const samePlace = await s.call('sync.server.test', { url: home.url, targetId: target.id });
    expect(samePlace).toMatchObject({ ok: true, tokenSent: true });
    const otherPath = await s.call('sync.server.test', { url: `${new URL(home.url).origin}/elsewhere`, targetId: target.id });
    expect(otherPath).toMatchObject({ tokenSent: true, outcome: 'no_health_endpoint' });

    // A token typed in the dialog may be tried anywhere: it is the user's own choice, for that test only.
    const typed = await s.call('sync.server.test', { url: elsewhere.url, token: OTHER_TOKEN });
    expect(typed).toMatchObject({ ok: true, tokenSent: true });
    expect(elsewhere.seen.map((r) => r.authorization)).toEqual([`Bearer ${OTHER_TOKEN}`]);
  });
});

describe('changing a server target', () => {
  it('moving the URL to another origin clears the saved token, says so, and sends nothing with the old one', async () => {
    const home = await callmarkServer(TOKEN);
    const elsewhere = await listeningServer();
    const s = track(openService(tempFolder('callmark-origin-')));
    const target = await s.call('sync.targets.add', { name: 'Head office', config: { kind: 'server', url: home.url, timeoutMs: 5000 } });
    await s.call('sync.server.setToken', { targetId: target.id, token: TOKEN });

    // A new path on the same server keeps the token.
    const samePlace = await s.call('sync.targets.update', { targetId: target.id, config: { kind: 'server', url: `${home.url}/`, timeoutMs: 5000 } });
    expect(samePlace).toMatchObject({ tokenCleared: false, notice: null });
    expect(await s.call('sync.server.tokenStatus', { targetId: target.id })).toMatchObject({ tokenSet: true });

    const moved = await s.call('sync.targets.update', { targetId: target.id, config: { kind: 'server', url: elsewhere.url, timeoutMs: 5000 } });
    expect(moved).toMatchObject({ tokenCleared: true, config: { url: elsewhere.url } });
    expect(moved.notice).toContain('The saved token was removed');
    expect(await s.call('sync.server.tokenStatus', { targetId: target.id })).toMatchObject({ tokenSet: false });

    // A scorecard completed now is not sent with the old token: it waits for a token for the new server.
    const { detail } = await draftReview(s);
    const elementIds = detail.template.content.sections.flatMap((sec) => sec.elements.map((e) => e.id));
    await answerAll(s, detail.scorecard.id, elementIds, 0);
    await s.call('reviews.complete', { scorecardId: detail.scorecard.id });
    await s.idle();
    expect(elsewhere.seen.filter((r) => r.authorization?.includes(TOKEN))).toEqual([]);
    const [item] = (await s.call('sync.items.list', { targetId: target.id })).items;
    expect(item).toMatchObject({ state: 'failed', lastError: expect.stringContaining('No token is set') });
  });

  it('a new token given with the new URL replaces the old one in the same step, and the queue goes to the new server', async () => {
    const home = await callmarkServer(TOKEN);
    const next = await callmarkServer(OTHER_TOKEN);
    const s = track(openOutboxService(FAST));
    const target = await s.call('sync.targets.add', { name: 'Head office', config: { kind: 'server', url: home.url, timeoutMs: 5000 } });
    await s.ctx.secrets.set(serverTokenKey(target.id), TOKEN);
    await s.call('sync.targets.update', { targetId: target.id, enabled: false });
    const ids = await s.complete(2);

    const moved = await s.call('sync.targets.update', {
      targetId: target.id,
      enabled: true,
      config: { kind: 'server', url: next.url, timeoutMs: 5000 },
      token: OTHER_TOKEN,
    });
    expect(moved).toMatchObject({ tokenCleared: false, notice: null, enabled: true });
    expect(await s.ctx.secrets.get(serverTokenKey(target.id))).toBe(OTHER_TOKEN);
    await s.idle();
    expect([...next.storeEvents].sort()).toEqual(ids.map((id) => `${id}:r1`).sort());
    expect(next.requests.every((r) => r.headers.authorization === `Bearer ${OTHER_TOKEN}`)).toBe(true);
    expect(home.requests).toEqual([]);
  });

  it('a folder has no token to set', async () => {
    const s = track(openOutboxService(FAST));
    const root = tempFolder('callmark-origin-share-');
    const target = await s.call('sync.targets.add', { name: 'Share', config: { kind: 'folder', path: root } });
    await expect(s.call('sync.targets.update', { targetId: target.id, token: TOKEN })).rejects.toThrow(/shared folder: it has no token/);
  });
});

describe('a target changed while its queue drains', () => {
  it('sends the rest to the new address at once, not to the old one', async () => {
    const old = await callmarkServer(TOKEN);
    const next = await callmarkServer(TOKEN);
    const s = track(openOutboxService(FAST));
    const target = await s.call('sync.targets.add', { name: 'Head office', config: { kind: 'server', url: old.url, timeoutMs: 3000 } });
    await s.ctx.secrets.set(serverTokenKey(target.id), TOKEN);

    // The old address hangs on the first scorecard while the user fixes the URL.
    old.script.push({ hang: true });
    const hung = old.nextRequest((r) => r.method === 'POST');
    const ids = await s.complete(3);
    await hung;
    await s.call('sync.targets.update', { targetId: target.id, config: { kind: 'server', url: next.url, timeoutMs: 3000 }, token: TOKEN });
    await s.call('sync.items.retry', { targetId: target.id });
    await s.idle();

    expect([...next.storeEvents].sort()).toEqual(ids.map((id) => `${id}:r1`).sort());
    expect(old.storeEvents).toEqual([]);
    expect(old.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    // The attempt cut short by the change is not counted against the item.
    expect(s.rows(target.id).map((r) => [r.state, r.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
      ['sent', 1],
    ]);
  });
});
