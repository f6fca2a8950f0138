import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { standIn } from '../../support/electron/stand-in';
import { servicesClosedAfterEach, tempFolder } from '../../support/service';
import { openPageWindow, wireIpc } from './support';

vi.mock('electron', async () => (await import('../../support/electron/stand-in')).electronStandIn);

const openService = servicesClosedAfterEach();
const servers: http.Server[] = [];

beforeEach(() => standIn.reset());
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** Our page in its window, wired to a real service; `call` invokes from its top frame as the preload would. */
function desktop() {
  const service = openService();
  const wired = wireIpc(service);
  const win = openPageWindow();
  const call = (name: string, input: unknown) => standIn.invoke(standIn.fromPage(win), `callmark:${name}`, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  return { ...wired, service, win, call };
}

const grantOf = (answer: { value?: unknown }) => (answer.value as { grant: { grantId: string; fileName: string } | null }).grant;

describe('shared folders in the desktop app: chosen in a native dialog, never named by the page', () => {
  it('sets up a share in the folder the user chose, through a grant the page cannot read a path from', async () => {
    const { call, win, backendCalls } = desktop();
    const folder = tempFolder('callmark-share-');
    standIn.state.openAnswers.push(folder);
    const chosen = await call('sync.targets.chooseFolder', {});
    expect(standIn.state.dialogs[0]).toMatchObject({ kind: 'open', window: win, options: { properties: ['openDirectory', 'createDirectory'] } });
    const grant = grantOf(chosen)!;
    expect(grant.fileName).toBe(path.basename(folder));
    expect(JSON.stringify(chosen)).not.toContain(folder);

    expect(await call('sync.targets.inspectFolder', { grantId: grant.grantId })).toMatchObject({ ok: true, value: { state: 'empty', path: folder } });
    const added = await call('sync.targets.add', { name: 'Team share', config: { kind: 'folder', grantId: grant.grantId } });
    expect(added).toMatchObject({ ok: true, value: { name: 'Team share', config: { kind: 'folder', path: folder } } });
    expect(fs.existsSync(path.join(folder, 'callmark-share.json'))).toBe(true);
    expect(backendCalls.map((c) => c.input)).toEqual([{ path: folder }, { name: 'Team share', config: { kind: 'folder', path: folder } }]);
  });

  it('refuses a folder path from the page: it can neither probe the disk nor name a place to write', async () => {
    const { call, backendCalls, log, service } = desktop();
    expect(await call('sync.targets.inspectFolder', { path: '/etc' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await call('sync.targets.add', { name: 'x', config: { kind: 'folder', path: tempFolder() } })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const target = await service.call('sync.targets.add', { name: 'Share', config: { kind: 'folder', path: tempFolder() } });
    expect(await call('sync.targets.update', { targetId: target.id, config: { kind: 'folder', path: '/home' } })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(backendCalls).toEqual([]);
    expect(log).toEqual([
      'callmark: refused IPC call on callmark:sync.targets.inspectFolder: the page named a path itself (sync.targets.inspectFolder)',
      'callmark: refused IPC call on callmark:sync.targets.add: the page named a path itself (sync.targets.add config)',
      'callmark: refused IPC call on callmark:sync.targets.update: the page named a path itself (sync.targets.update config)',
    ]);
  });

  it('moves a target to the same share found elsewhere only through a new folder choice', async () => {
    const { call, service } = desktop();
    const first = tempFolder('callmark-share-');
    const target = await service.call('sync.targets.add', { name: 'Share', config: { kind: 'folder', path: first } });
    const moved = tempFolder('callmark-moved-');
    fs.cpSync(first, moved, { recursive: true });
    standIn.state.openAnswers.push(moved);
    const grant = grantOf(await call('sync.targets.chooseFolder', {}))!;
    expect(await call('sync.targets.update', { targetId: target.id, config: { kind: 'folder', grantId: grant.grantId } })).toMatchObject({
      ok: true,
      value: { config: { kind: 'folder', path: moved } },
    });
  });

  it('answers a cancelled dialog with no grant; a grant is good only for what it was chosen for', async () => {
    const { call } = desktop();
    standIn.state.openAnswers.push(null);
    expect(await call('sync.targets.chooseFolder', {})).toEqual({ ok: true, value: { grant: null } });
    standIn.state.openAnswers.push('/home/sam/calls/call-17.wav');
    const recording = grantOf(await call('media.chooseFile', {}))!;
    expect(await call('sync.targets.inspectFolder', { grantId: recording.grantId })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'That folder choice has expired: choose the folder again.' },
    });
  });

  it('keeps typed full paths in the browser host, which issues no grants', async () => {
    const service = openService();
    const folder = tempFolder('callmark-share-');
    expect(await service.call('sync.targets.inspectFolder', { path: folder })).toMatchObject({ state: 'empty' });
    expect(await service.refuse('sync.targets.inspectFolder', { grantId: 'g'.repeat(32) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await service.refuse('sync.targets.chooseFolder', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('recordings in the desktop app', () => {
  it('attaches only through a grant from the open dialog; a raw path is refused and logged', async () => {
    const { call, backendCalls, log } = desktop();
    standIn.state.openAnswers.push('/home/sam/calls/call-17.wav');
    const grant = grantOf(await call('media.chooseFile', {}))!;
    expect(standIn.state.dialogs[0]).toMatchObject({ kind: 'open', options: { properties: ['openFile'] } });
    const scorecardId = '6f1c2a4e-0b7a-4c1e-9a55-3f1f6f0f2b11';
    await call('media.attach', { scorecardId, grantId: grant.grantId });
    expect(backendCalls).toEqual([{ name: 'media.attach', input: { scorecardId, path: '/home/sam/calls/call-17.wav' } }]);
    expect(await call('media.attach', { scorecardId, path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(backendCalls).toHaveLength(1);
    expect(log).toEqual(['callmark: refused IPC call on callmark:media.attach: the page named a path itself (media.attach)']);
  });
});

/** A server on 127.0.0.1 that counts the health checks it is sent. */
async function healthServer() {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/callmark`, hits };
}

describe('the connection test goes only to the address the user is editing', () => {
  it('asks before contacting an address the page names, and sends nothing when the user cancels', async () => {
    const { call, backendCalls, win } = desktop();
    const server = await healthServer();
    standIn.state.messageAnswers.push(1);
    expect(await call('sync.server.test', { url: server.url, token: 'typed-token' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('cancelled') } });
    expect(standIn.state.dialogs[0]).toMatchObject({
      kind: 'message',
      window: win,
      options: { message: `Contact ${new URL(server.url).host} to test the connection?`, detail: expect.stringContaining('sending the token you typed') },
    });
    expect(server.hits).toEqual([]);
    expect(backendCalls.filter((c) => c.name === 'sync.server.test')).toEqual([]);
  });

  it('tests a confirmed address, and does not ask again for it a moment later', async () => {
    const { call } = desktop();
    const server = await healthServer();
    standIn.state.messageAnswers.push(0);
    expect(await call('sync.server.test', { url: server.url, token: 'typed-token' })).toMatchObject({ ok: true, value: { ok: true, outcome: 'connected' } });
    expect(await call('sync.server.test', { url: `${server.url}/other`, token: 'typed-token' })).toMatchObject({ ok: true, value: { ok: true } });
    expect(standIn.state.dialogs).toHaveLength(1);
    expect(server.hits).toEqual(['/callmark/health', '/callmark/other/health']);
  });

  it('tests a saved server’s own address without asking', async () => {
    const { call, service } = desktop();
    const server = await healthServer();
    const target = await service.call('sync.targets.add', { name: 'Quality server', config: { kind: 'server', url: server.url, timeoutMs: 5000 } });
    expect(await call('sync.server.test', { url: server.url, targetId: target.id })).toMatchObject({ ok: true, value: { outcome: 'connected' } });
    expect(standIn.state.dialogs).toEqual([]);
    expect(server.hits).toEqual(['/callmark/health']);
  });
});
