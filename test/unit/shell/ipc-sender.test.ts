import { beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../shared/api';
import { channelFor } from '../../../electron/ipc/channels';
import { DROPPED_FILE_CHANNEL } from '../../../electron/ipc/dropped-file';
import { standIn } from '../../support/electron/stand-in';
import { servicesClosedAfterEach } from '../../support/service';
import { openPageWindow, wireIpc } from './support';

vi.mock('electron', async () => (await import('../../support/electron/stand-in')).electronStandIn);

const openService = servicesClosedAfterEach();

beforeEach(() => standIn.reset());

describe('IPC: who may call (after VS Code’s validatedIpcMain)', () => {
  it('handles exactly one channel per API method, and the dropped-file channel', () => {
    wireIpc(openService());
    expect(standIn.channels().sort()).toEqual([...methodNames.map(channelFor), DROPPED_FILE_CHANNEL].sort());
  });

  it('answers our own page at callmark-app://app/index.html, the URL Electron reports for it', async () => {
    const service = openService();
    wireIpc(service);
    const win = openPageWindow();
    expect(win.webContents.mainFrame.url).toBe('callmark-app://app/index.html');
    const answer = await standIn.invoke(standIn.fromPage(win), 'callmark:app.info', {});
    expect(answer).toMatchObject({ ok: true, value: { dataFolder: service.dataFolder } });
  });

  it('refuses an iframe, even one showing our own page, and logs why', async () => {
    const { log, backendCalls } = wireIpc(openService());
    const win = openPageWindow();
    const answer = await standIn.invoke(standIn.fromSubframe(win, 'callmark-app://app/index.html'), 'callmark:agents.create', { name: 'Eve' });
    expect(answer).toEqual({ ok: false, error: { code: 'unauthorized', message: 'This page may not call Callmark.' } });
    expect(backendCalls).toEqual([]);
    expect(log).toEqual(['callmark: refused IPC call on callmark:agents.create: the call came from a subframe (callmark-app://app/index.html), not the top frame']);
  });

  it('refuses the window after it navigated elsewhere, and a frame that is gone', async () => {
    const { log, backendCalls } = wireIpc(openService());
    const win = openPageWindow();
    const sender = standIn.fromPage(win);
    win.webContents.mainFrame.url = 'https://evil.example/callmark-app://app/';
    expect(await standIn.invoke(sender, 'callmark:agents.list', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await standIn.invoke(standIn.fromGoneFrame(win), 'callmark:agents.list', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(backendCalls).toEqual([]);
    expect(log).toEqual([
      'callmark: refused IPC call on callmark:agents.list: the sender is https://evil.example/callmark-app://app/, not Callmark’s own page',
      'callmark: refused IPC call on callmark:agents.list: the sending frame is gone (it navigated or closed)',
    ]);
  });

  it('compares scheme and host, not the opaque "null" origin every custom scheme has', async () => {
    const { backendCalls } = wireIpc(openService());
    const win = openPageWindow();
    // All of these have the origin "null", as our page has: an origin comparison would let them in or keep us out.
    for (const url of ['callmark-media://recording/x', 'callmark-app://app.evil/index.html', 'callmark-app://evil@app/index.html', 'other-scheme://app/index.html', 'about:blank', '']) {
      win.webContents.mainFrame.url = url;
      expect(await standIn.invoke(standIn.fromPage(win), 'callmark:agents.list', {}), url).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(backendCalls).toEqual([]);
    win.webContents.mainFrame.url = 'callmark-app://app/index.html#/reviews';
    expect(await standIn.invoke(standIn.fromPage(win), 'callmark:agents.list', {})).toMatchObject({ ok: true });
  });

  it('refuses the dropped-file channel from anything but our top frame', async () => {
    const { log } = wireIpc(openService());
    const win = openPageWindow();
    expect(await standIn.invoke(standIn.fromSubframe(win, 'callmark-app://app/x.html'), DROPPED_FILE_CHANNEL, '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(log).toHaveLength(1);
    expect(await standIn.invoke(standIn.fromPage(win), DROPPED_FILE_CHANNEL, '/home/sam/call.wav')).toMatchObject({ ok: true, value: { fileName: 'call.wav' } });
  });

  it('validates the input before any relay or the backend sees it', async () => {
    const { backendCalls, log } = wireIpc(openService());
    const win = openPageWindow();
    const answer = await standIn.invoke(standIn.fromPage(win), 'callmark:agents.create', { name: 42 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('name') } });
    expect(backendCalls).toEqual([]);
    expect(log).toEqual([]);
  });

  it('never lets the page reach the media servers’ capability lookup, and logs the attempt', async () => {
    const { backendCalls, log } = wireIpc(openService());
    const win = openPageWindow();
    const answer = await standIn.invoke(standIn.fromPage(win), 'callmark:media.streamSource', { capability: 'c'.repeat(43) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(backendCalls).toEqual([]);
    expect(log).toEqual(['callmark: refused IPC call on callmark:media.streamSource: media.streamSource is for the media servers only']);
  });
});
