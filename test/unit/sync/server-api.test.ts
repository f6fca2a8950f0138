import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openService, type OpenedService } from '../../support/service';
import { startCallmarkServer, type CallmarkServer } from '../../support/callmark-server';
import { dispatch } from '../../../shared/api/dispatch';

const TOKEN = 'cm_live_Zx81_qq-0042/abc+def=';
let s: OpenedService;
let server: CallmarkServer;
let serverTargetId: string;
let folderTargetId: string;

/** Targets are part A's; here they are rows in its table, so these tests do not wait on its handlers. */
function insertTarget(kind: 'server' | 'folder', name: string): string {
  const id = randomUUID();
  const config = kind === 'server' ? { kind, url: server.url, timeoutMs: 5000 } : { kind, path: '/tmp/share' };
  s.service.context.db
    .prepare('INSERT INTO sync_targets (id, name, kind, config, share_id, enabled, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)')
    .run(id, name, kind, JSON.stringify(config), kind === 'folder' ? randomUUID() : null, new Date().toISOString());
  return id;
}

beforeAll(async () => {
  s = openService();
  server = await startCallmarkServer({ token: TOKEN });
  serverTargetId = insertTarget('server', 'Head office');
  folderTargetId = insertTarget('folder', 'Team share');
});
afterAll(async () => {
  await server.close();
  await s.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('server token API', () => {
  it('says where secrets are kept before any token is set (the browser host: a private file, not encrypted)', async () => {
    const location = await s.call('sync.server.secretLocation', {});
    expect(location.protection).toBe('user-only-file');
    expect(location.where).toContain(path.join(s.dataFolder, 'secrets.json'));
    expect(location.where).toMatch(/not encrypted/);
  });

  it('sets, reports and clears a token without ever returning it', async () => {
    expect(await s.call('sync.server.tokenStatus', { targetId: serverTargetId })).toMatchObject({ targetId: serverTargetId, tokenSet: false });
    const set = await s.call('sync.server.setToken', { targetId: serverTargetId, token: `  ${TOKEN}  ` });
    expect(set).toMatchObject({ targetId: serverTargetId, tokenSet: true, protection: 'user-only-file' });
    expect(JSON.stringify(set)).not.toContain(TOKEN);
    expect(await s.service.context.secrets.get(`sync.server.${serverTargetId}.token`)).toBe(TOKEN); // trimmed
    const file = path.join(s.dataFolder, 'secrets.json');
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(await s.call('sync.server.clearToken', { targetId: serverTargetId })).toMatchObject({ tokenSet: false });
    expect(await s.service.context.secrets.get(`sync.server.${serverTargetId}.token`)).toBeNull();
  });

  it('refuses tokens for targets that do not exist or are folders, and tokens with spaces', async () => {
    expect(await s.refuse('sync.server.setToken', { targetId: randomUUID(), token: TOKEN })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That sync target no longer exists.' },
    });
    expect(await s.refuse('sync.server.setToken', { targetId: folderTargetId, token: TOKEN })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '"Team share" is a shared folder, not a server: it has no token.' },
    });
    const spaced = await s.refuse('sync.server.setToken', { targetId: serverTargetId, token: 'two words' });
    expect(spaced).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('a secrets file others can read is reported in plain words, and setting the token again repairs it', async () => {
    await s.call('sync.server.setToken', { targetId: serverTargetId, token: TOKEN });
    const file = path.join(s.dataFolder, 'secrets.json');
    if (process.platform === 'win32') return;
    fs.chmodSync(file, 0o644);
    const refused = await s.refuse('sync.server.tokenStatus', { targetId: serverTargetId });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('can be read by other users of this computer (permissions 0644') } });
    expect(JSON.stringify(refused)).not.toContain(TOKEN);
    expect(await s.call('sync.server.setToken', { targetId: serverTargetId, token: TOKEN })).toMatchObject({ tokenSet: true });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('connection test', () => {
  it('GET <url>/health with the saved token: connected', async () => {
    await s.call('sync.server.setToken', { targetId: serverTargetId, token: TOKEN });
    const result = await s.call('sync.server.test', { url: server.url, targetId: serverTargetId });
    expect(result).toMatchObject({ ok: true, outcome: 'connected', httpStatus: 200, tokenSent: true, testedUrl: `${server.url}/health` });
    const request = server.requests.at(-1);
    expect(request).toMatchObject({ method: 'GET', url: '/callmark/scorecards/health', body: '' });
    expect(server.storeEvents).toHaveLength(0); // nothing was sent to store
  });

  it('a token typed in the dialog is tested without being saved; a wrong one is refused', async () => {
    const refused = await s.call('sync.server.test', { url: server.url, token: 'wrong-token' });
    expect(refused).toMatchObject({ ok: false, outcome: 'token_refused', httpStatus: 401 });
    expect(refused.message).toBe(`127.0.0.1:${server.port} answered, but refused the token (HTTP 401).`);
    const good = await s.call('sync.server.test', { url: `${server.url}/`, token: TOKEN });
    expect(good.ok).toBe(true);
  });

  it('the wrong path, a server that is down, and a plain-http URL to another machine', async () => {
    const wrongPath = await s.call('sync.server.test', { url: `http://127.0.0.1:${server.port}/elsewhere`, token: TOKEN });
    expect(wrongPath).toMatchObject({ ok: false, outcome: 'no_health_endpoint', httpStatus: 404 });
    const down = await s.call('sync.server.test', { url: 'http://127.0.0.1:9/x', token: TOKEN, timeoutMs: 2000 });
    expect(down).toMatchObject({ ok: false, outcome: 'unreachable', httpStatus: null });
    expect(await s.refuse('sync.server.test', { url: 'http://quality.example.org/x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('must be an https:// URL (plain http:// only to localhost)') },
    });
  });
});

describe('the token never leaves the backend', () => {
  it('appears in no API answer and no log line, whatever happens', async () => {
    const logged: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
    const answers: unknown[] = [];
    const run = async (name: Parameters<typeof dispatch>[1], input: unknown) =>
      answers.push(await dispatch(s.service.handlers, name, input, (error) => console.error(error)));
    await run('sync.server.setToken', { targetId: serverTargetId, token: TOKEN });
    await run('sync.server.tokenStatus', { targetId: serverTargetId });
    await run('sync.server.secretLocation', {});
    await run('sync.server.test', { url: server.url, targetId: serverTargetId });
    await run('sync.server.test', { url: server.url, token: TOKEN });
    await run('sync.server.test', { url: 'http://127.0.0.1:9/x', token: TOKEN, timeoutMs: 1000 });
    await run('sync.server.setToken', { targetId: serverTargetId, token: `${TOKEN} with a space` }); // refused by the schema: the error must not echo it
    await run('export.csv', { kind: 'scorecards' });
    const everything = JSON.stringify(answers) + logged.join('\n');
    expect(everything).not.toContain(TOKEN);
    expect(answers).toHaveLength(8);
  });
});
