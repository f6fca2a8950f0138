import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServerTarget } from '../../../electron/services/sync/server/target';
import { SecretStoreError } from '../../../electron/services/secrets/store';
import { ServerTargetConfig } from '../../../shared/schemas/server-target';
import { createKindRegistry, DOCUMENT_KINDS } from '../../../shared/sync/kinds';
import { startCallmarkServer, type CallmarkServer } from '../../support/callmark-server';
import { outgoingItem } from './server-item';

const TOKEN = 'cm_test_token_5e1d0c9a';
let server: CallmarkServer;
const never = new AbortController().signal;

beforeEach(async () => {
  server = await startCallmarkServer({ token: TOKEN });
});
afterEach(async () => {
  await server.close();
});

const kinds = createKindRegistry(DOCUMENT_KINDS);
const target = (overrides: Partial<ServerTargetConfig> = {}, options: Parameters<typeof createServerTarget>[3] = {}, token: () => Promise<string | null> = async () => TOKEN) =>
  createServerTarget(ServerTargetConfig.parse({ kind: 'server', url: server.url, timeoutMs: 5000, ...overrides }), token, kinds, options);

describe('server target: one attempt, classified', () => {
  it('POSTs the exact bytes with the bearer token, idempotency key, content type and content hash', async () => {
    const item = outgoingItem({ revision: 3 });
    expect(await target().deliver(item, never)).toEqual({ kind: 'delivered' });
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.body).toBe(item.body);
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers['idempotency-key']).toBe(`${item.documentId}:r3`);
    expect(request?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(request?.headers['callmark-content-sha256']).toBe(createHash('sha256').update(item.body, 'utf8').digest('hex'));
    expect(request?.headers['callmark-content-sha256']).toBe(item.contentHash);
    expect(request?.headers['callmark-scorecard-id']).toBe(item.documentId);
    expect(request?.headers['callmark-revision']).toBe('3');
    expect(server.storeEvents).toEqual([`${item.documentId}:r3`]);
  });

  it('500 then 200: the first attempt is retried, the second delivered', async () => {
    server.script.push({ status: 500, headers: { 'content-type': 'text/plain' }, body: 'database is restarting' });
    const item = outgoingItem();
    const first = await target().deliver(item, never);
    expect(first).toEqual({ kind: 'retry', message: 'The server had a problem (HTTP 500): database is restarting' });
    expect(await target().deliver(item, never)).toEqual({ kind: 'delivered' });
    expect(server.storeEvents).toHaveLength(1);
  });

  it('502, 503 and 408 are retried too; a 503 with Retry-After carries the wait', async () => {
    server.script.push({ status: 502 }, { status: 503, headers: { 'retry-after': '120' } }, { status: 408 });
    const item = outgoingItem();
    expect(await target().deliver(item, never)).toMatchObject({ kind: 'retry', message: 'The server had a problem (HTTP 502)' });
    expect(await target().deliver(item, never)).toEqual({ kind: 'retry', message: 'The server is temporarily unavailable (HTTP 503)', afterMs: 120_000 });
    expect(await target().deliver(item, never)).toMatchObject({ kind: 'retry' });
    expect(await target().deliver(item, never)).toEqual({ kind: 'delivered' });
  });

  it('429 with Retry-After in seconds gives afterMs', async () => {
    server.script.push({ status: 429, headers: { 'retry-after': '7', 'content-type': 'application/json' }, body: '{"message":"slow down"}' });
    expect(await target().deliver(outgoingItem(), never)).toEqual({
      kind: 'retry',
      message: 'The server is busy (too many requests) (HTTP 429): slow down',
      afterMs: 7000,
    });
  });

  it('429 with Retry-After as an HTTP-date gives the time until then; a date in the past gives 0', async () => {
    const now = Date.parse('2026-10-21T07:27:30Z');
    server.script.push({ status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' } });
    expect(await target({}, { now: () => now }).deliver(outgoingItem(), never)).toMatchObject({ kind: 'retry', afterMs: 30_000 });
    server.script.push({ status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2026 07:00:00 GMT' } });
    expect(await target({}, { now: () => now }).deliver(outgoingItem(), never)).toMatchObject({ kind: 'retry', afterMs: 0 });
  });

  it('429 without a usable Retry-After leaves the wait to the outbox', async () => {
    server.script.push({ status: 429, headers: { 'retry-after': 'soon' } });
    const outcome = await target().deliver(outgoingItem(), never);
    expect(outcome.kind).toBe('retry');
    expect(outcome).not.toHaveProperty('afterMs');
  });

  it('400 fails with the server’s message from JSON, problem+json or plain text', async () => {
    server.script.push(
      { status: 400, headers: { 'content-type': 'application/json' }, body: '{"message":"revision must be at least 1"}' },
      { status: 422, headers: { 'content-type': 'application/problem+json' }, body: '{"type":"about:blank","title":"Unprocessable","detail":"agent is unknown to this server"}' },
      { status: 400, headers: { 'content-type': 'text/plain' }, body: 'Bad scorecard:\r\n\u001b[31mmissing agent\u001b[0m' },
      { status: 404, headers: { 'content-type': 'text/html' }, body: '<!doctype html><html><head><title>404 Not Found</title></head><body>…</body></html>' },
    );
    const t = target();
    expect(await t.deliver(outgoingItem(), never)).toEqual({ kind: 'failed', message: 'The server rejected the scorecard (HTTP 400): revision must be at least 1.' });
    expect(await t.deliver(outgoingItem(), never)).toEqual({ kind: 'failed', message: 'The server rejected the scorecard (HTTP 422): agent is unknown to this server.' });
    // Control characters (an ANSI escape, CR LF) never reach the page or the log.
    expect(await t.deliver(outgoingItem(), never)).toEqual({ kind: 'failed', message: 'The server rejected the scorecard (HTTP 400): Bad scorecard: [31mmissing agent [0m.' });
    expect(await t.deliver(outgoingItem(), never)).toEqual({ kind: 'failed', message: 'The server rejected the scorecard (HTTP 404): 404 Not Found.' });
    expect(server.storeEvents).toHaveLength(0);
  });

  it('401 and 403 fail: the server refused the token', async () => {
    server.script.push({ status: 403, headers: { 'content-type': 'application/json' }, body: '{"error":{"message":"token lacks scorecards:write"}}' });
    expect(await target().deliver(outgoingItem(), never)).toEqual({
      kind: 'failed',
      message: 'The server refused the token (HTTP 403): token lacks scorecards:write. Check or replace the token for this server.',
    });
    const wrong = await target({}, {}, async () => 'not-the-token').deliver(outgoingItem(), never);
    expect(wrong.kind).toBe('failed');
    expect(wrong).toMatchObject({ message: expect.stringMatching(/^The server refused the token \(HTTP 401\)/) });
  });

  it('a server that never answers times out: retry, and the request is aborted', async () => {
    server.script.push({ hang: true });
    const outcome = await target({ timeoutMs: 1000 }).deliver(outgoingItem(), never);
    expect(outcome).toEqual({ kind: 'retry', message: `The server 127.0.0.1:${server.port} did not answer within 1 s.` });
    await server.requests[0]?.closedEarly; // the server saw the client go away
  });

  it('the outbox stopping (its signal) aborts the request and asks for a retry', async () => {
    server.script.push({ hang: true });
    const stop = new AbortController();
    const pending = target().deliver(outgoingItem(), stop.signal);
    while (server.requests.length === 0) await new Promise((r) => setImmediate(r));
    stop.abort();
    expect(await pending).toEqual({ kind: 'retry', message: 'Sending was stopped before the server answered.' });
    await server.requests[0]?.closedEarly;
  });

  it('connection refused is retried with a plain explanation', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const t = createServerTarget(ServerTargetConfig.parse({ kind: 'server', url: `http://127.0.0.1:${port}/x` }), async () => TOKEN, kinds);
    expect(await t.deliver(outgoingItem(), never)).toEqual({
      kind: 'retry',
      message: `Could not connect to 127.0.0.1:${port}: the connection was refused (is the server running?).`,
    });
  });

  it('a connection cut before the answer is retried', async () => {
    server.script.push({ cut: true });
    expect(await target().deliver(outgoingItem(), never)).toMatchObject({ kind: 'retry', message: expect.stringMatching(/cut before the server answered|Could not reach/) });
  });

  it('the same Idempotency-Key twice (the answer to the first was lost): stored exactly once', async () => {
    server.script.push({ storeThenCut: true });
    const item = outgoingItem();
    const t = target();
    expect((await t.deliver(item, never)).kind).toBe('retry');
    expect(await t.deliver(item, never)).toEqual({ kind: 'delivered' });
    expect(await t.deliver(item, never)).toEqual({ kind: 'delivered' });
    const keys = server.requests.map((r) => r.headers['idempotency-key']);
    expect(keys).toEqual([`${item.documentId}:r1`, `${item.documentId}:r1`, `${item.documentId}:r1`]);
    expect(new Set(server.requests.map((r) => r.body)).size).toBe(1);
    expect(server.storeEvents).toEqual([`${item.documentId}:r1`]);
    expect(server.stored.get(`${item.documentId}:r1`)?.body).toBe(item.body);
  });

  it('a new revision is a new key and is stored beside the first', async () => {
    const first = outgoingItem({ revision: 1 });
    const second = outgoingItem({ scorecardId: first.documentId, revision: 2, content: { comment: 'corrected' } });
    expect(await target().deliver(first, never)).toEqual({ kind: 'delivered' });
    expect(await target().deliver(second, never)).toEqual({ kind: 'delivered' });
    expect(server.storeEvents).toEqual([`${first.documentId}:r1`, `${first.documentId}:r2`]);
  });

  it('409: the server has this revision with different content → failed, never overwritten', async () => {
    const item = outgoingItem();
    await target().deliver(item, never);
    const changed = outgoingItem({ scorecardId: item.documentId, revision: 1, content: { comment: 'edited after sending' } });
    const outcome = await target().deliver(changed, never);
    expect(outcome).toMatchObject({ kind: 'failed', message: expect.stringMatching(/^The server already has this revision of the scorecard with different content \(HTTP 409\)/) });
    expect(server.stored.get(`${item.documentId}:r1`)?.body).toBe(item.body);
  });

  it('does not follow a redirect with the token and the document', async () => {
    server.script.push({ status: 307, headers: { location: 'https://elsewhere.example/upload' } });
    expect(await target().deliver(outgoingItem(), never)).toEqual({
      kind: 'failed',
      message: 'The server redirected the upload to https://elsewhere.example/upload (HTTP 307). Set the target\'s URL to the final address.',
    });
    expect(server.requests).toHaveLength(1);
  });

  it('without a token nothing is sent and the user is told what to do', async () => {
    expect(await target({}, {}, async () => null).deliver(outgoingItem(), never)).toEqual({
      kind: 'failed',
      message: 'No token is set for this server. Add one in the target settings, then retry.',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('a saved token a header cannot carry fails at once instead of looking like a network error', async () => {
    expect(await target({}, {}, async () => 'two words').deliver(outgoingItem(), never)).toEqual({
      kind: 'failed',
      message: 'The saved token contains spaces or characters an HTTP header cannot carry. Set the token again.',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('an enormous success body is not read whole', async () => {
    server.script.push({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok'.repeat(1_000_000) });
    expect(await target().deliver(outgoingItem(), never)).toEqual({ kind: 'delivered' });
  });

  it('a token that cannot be read: failed when it needs the user, retry when it may pass', async () => {
    const exposed = await target({}, {}, async () => {
      throw new SecretStoreError('exposed', 'secrets.json can be read by other users');
    }).deliver(outgoingItem(), never);
    expect(exposed).toEqual({ kind: 'failed', message: 'Could not read the token for this server: secrets.json can be read by other users' });
    const locked = await target({}, {}, async () => {
      throw new SecretStoreError('unavailable', 'a keychain prompt is waiting');
    }).deliver(outgoingItem(), never);
    expect(locked.kind).toBe('retry');
  });

  it('the token never appears in an outcome, even when the server echoes it back', async () => {
    server.script.push(
      { status: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: `token ${TOKEN} is not allowed here` }) },
      { status: 500, body: `Bearer ${TOKEN}` },
    );
    const outcomes = [await target().deliver(outgoingItem(), never), await target().deliver(outgoingItem(), never)];
    for (const o of outcomes) expect(JSON.stringify(o)).not.toContain(TOKEN);
    expect(outcomes[0]).toMatchObject({ message: 'The server rejected the scorecard (HTTP 400): token [token] is not allowed here.' });
  });

  it('an enormous error page is cut to one readable line', async () => {
    server.script.push({ status: 400, headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(2_000_000) });
    const outcome = await target().deliver(outgoingItem(), never);
    expect(outcome.kind).toBe('failed');
    expect((outcome as { message: string }).message.length).toBeLessThan(400);
  });
});

describe('server target URL', () => {
  const parse = (url: string) => ServerTargetConfig.safeParse({ kind: 'server', url });
  it('accepts https anywhere and plain http only to this machine', () => {
    for (const ok of ['https://quality.example.org/callmark', 'http://localhost:8080/x', 'http://127.0.0.1/x', 'http://[::1]:9/x']) {
      expect(parse(ok).success, ok).toBe(true);
    }
  });
  it('refuses plain http to any other host, other schemes, credentials in the URL and fragments', () => {
    for (const bad of [
      'http://quality.example.org/callmark',
      'http://localhost.example.org/x',
      'http://192.168.1.10/x',
      'ftp://example.org/x',
      'file:///etc/passwd',
      'https://user:pass@example.org/x',
      'https://example.org/x#frag',
      'not a url',
    ]) {
      const result = parse(bad);
      expect(result.success, bad).toBe(false);
    }
    expect(parse('http://quality.example.org/callmark').error?.issues[0]?.message).toBe('must be an https:// URL (plain http:// only to localhost)');
    expect(ServerTargetConfig.parse({ kind: 'server', url: 'https://a.example' }).timeoutMs).toBe(15_000);
  });
});
