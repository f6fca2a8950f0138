import { beforeEach, describe, expect, it, vi } from 'vitest';
import { standIn } from '../../support/electron/stand-in';
import { servicesClosedAfterEach } from '../../support/service';
import { openPageWindow, wireIpc } from './support';
import type { CallmarkBridge } from '../../../renderer/api/ipc-transport';

vi.mock('electron', async () => (await import('../../support/electron/stand-in')).electronStandIn);

const openService = servicesClosedAfterEach();

/** The preload as Electron runs it in our page: a fresh module, so it exposes its bridge again. */
async function loadPreload(): Promise<CallmarkBridge> {
  vi.resetModules();
  await import('../../../electron/preload');
  return standIn.exposed('callmark') as CallmarkBridge;
}

beforeEach(() => standIn.reset());

describe('the preload: the page’s only way in', () => {
  it('exposes two functions and nothing else', async () => {
    const win = openPageWindow();
    standIn.renderIn(standIn.fromPage(win));
    const bridge = await loadPreload();
    expect(Object.keys(bridge).sort()).toEqual(['grantDroppedFile', 'invoke']);
    expect([...standIn.state.exposed.keys()]).toEqual(['callmark']);
  });

  it('carries an API call from our page to the backend and the answer back', async () => {
    wireIpc(openService());
    const win = openPageWindow();
    standIn.renderIn(standIn.fromPage(win));
    const bridge = await loadPreload();
    expect(await bridge.invoke('agents.create', { name: 'Priya Shah', team: 'South' })).toMatchObject({ ok: true, value: { name: 'Priya Shah' } });
    expect(await bridge.invoke('agents.list', {})).toMatchObject({ ok: true, value: [{ name: 'Priya Shah', team: 'South' }] });
  });

  it('reaches no channel outside the fixed API list', async () => {
    const { backendCalls } = wireIpc(openService());
    standIn.renderIn(standIn.fromPage(openPageWindow()));
    const bridge = await loadPreload();
    for (const name of ['../secrets', 'callmark-file:dropped', 'constructor', '__proto__', 'ELECTRON_BROWSER_REQUIRE']) {
      expect(await bridge.invoke(name, {})).toEqual({ ok: false, error: { code: 'not_found', message: `Unknown API method "${name}".` } });
    }
    expect(backendCalls).toEqual([]);
  });

  it('turns a dropped file into a grant; a File the page made up has no path and gets none', async () => {
    wireIpc(openService());
    standIn.renderIn(standIn.fromPage(openPageWindow()));
    const bridge = await loadPreload();
    const dropped = new File(['RIFF'], 'call-17.wav');
    standIn.state.droppedFilePaths.set(dropped, '/home/sam/calls/call-17.wav');
    const granted = await bridge.grantDroppedFile(dropped);
    expect(granted).toMatchObject({ ok: true, value: { fileName: 'call-17.wav' } });
    expect(JSON.stringify(granted)).not.toContain('/home/sam');
    expect(await bridge.grantDroppedFile(new File(['x'], 'passwd'))).toMatchObject({ ok: false });
  });
});
