import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startShell, type StartedShell } from '../../../electron/shell/start-shell';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';
import { standIn } from '../../support/electron/stand-in';
import { tempFolder } from '../../support/service';
import { builtBundles } from './support';
import { plainFile } from '../templates/support/files';
import { salesCalls } from '../templates/support/service';

vi.mock('electron', async () => (await import('../../support/electron/stand-in')).electronStandIn);

let bundleDir: string;
const shells: StartedShell[] = [];
const log: string[] = [];

beforeAll(async () => {
  bundleDir = await builtBundles();
}, 60_000);

beforeEach(() => {
  standIn.reset();
  log.length = 0;
});

afterEach(async () => {
  for (const shell of shells.splice(0)) {
    const started = await shell.ready;
    started?.backend.stop();
    await Promise.all(standIn.state.forks.map((child) => child.exited));
  }
});

/** The desktop app started as electron/main.ts starts it, on its own data folder, up to its open window. */
async function launch(dataFolder = tempFolder('callmark-shell-'), extraArgs: string[] = []) {
  const shell = startShell({ bundleDir, argv: ['/opt/Callmark/callmark', '--data-dir', dataFolder, ...extraArgs], env: {}, log: (line) => log.push(line) });
  shells.push(shell);
  await standIn.becomeReady();
  const started = await shell.ready;
  if (!started) throw new Error('the shell did not start');
  return { ...started, dataFolder, shell, win: standIn.windows()[0]! };
}

describe('the desktop app’s main process, wired as electron/main.ts wires it', () => {
  it('opens one hardened window on our page, whose calls reach the real backend process', async () => {
    const { win, dataFolder } = await launch();
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: path.join(bundleDir, 'preload.cjs'),
    });
    for (const risky of ['experimentalFeatures', 'enableBlinkFeatures', 'allowpopups']) expect(win.options.webPreferences).not.toHaveProperty(risky);
    expect(win.options.show).toBe(false);
    win.becomeReadyToShow();
    expect(win.shown).toBe(true);
    expect(win.webContents.mainFrame.url).toBe('callmark-app://app/index.html');

    // Through the sender check and relays, to the backend bundle in its (utility) process and its SQLite file.
    const info = await standIn.invoke(standIn.fromPage(win), 'callmark:app.info', {});
    expect(info).toMatchObject({ ok: true, value: { dataFolder, databasePath: path.join(dataFolder, 'callmark.sqlite') } });
    expect(standIn.state.forks).toHaveLength(1);
    expect(standIn.state.forks[0]!.modulePath).toBe(path.join(bundleDir, 'backend.cjs'));
    const saved = await standIn.invoke(standIn.fromPage(win), 'callmark:agents.create', { name: 'Alex Morgan', team: 'North' });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Alex Morgan' } });
  });

  it('registers its schemes as privileged before the app is ready, and serves the page with its CSP', async () => {
    await launch();
    expect(standIn.state.privilegedSchemes.map((s) => s.scheme)).toEqual(['callmark-app', 'callmark-media']);
    const page = await standIn.request('callmark-app://app/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Callmark</title>');
    expect((await standIn.request('callmark-app://app/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const outside of ['callmark-app://app/../electron/main.cjs', 'callmark-app://app/%2e%2e/electron/main.cjs', 'callmark-app://other/index.html', 'callmark-app://app/%E0%A4%A']) {
      expect((await standIn.request(outside)).status, outside).toBe(404);
    }
  });

  it('streams recordings only for a capability the backend issued', async () => {
    await launch();
    const unknown = await standIn.request(`callmark-media://recording/${'c'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect((await standIn.request('callmark-media://recording/../../etc/passwd')).status).toBe(404);
  });

  it('refuses every permission request and check, and never downloads spell-checking dictionaries', async () => {
    await launch();
    const { permissionRequestHandler, permissionCheckHandler, devicePermissionHandler, dictionaryDownloadUrl } = standIn.state;
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal'] as const) {
      permissionRequestHandler!(null as never, permission, (granted) => answers.push(granted), {} as never);
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(log).toContain('callmark: refused the page\'s request for the "media" permission');
    expect(permissionCheckHandler!(null, 'clipboard-read', 'callmark-app://app', {} as never)).toBe(false);
    expect(permissionCheckHandler!(null, 'media', 'callmark-app://app', {} as never)).toBe(false);
    expect(devicePermissionHandler!({} as never)).toBe(false);
    expect(new URL(dictionaryDownloadUrl!).protocol).toBe('file:');
  });

  it('installs an application menu of the usual roles, without developer tools once packaged', async () => {
    await launch();
    const roles = JSON.stringify(standIn.state.menuTemplate);
    for (const role of ['fileMenu', 'editMenu', 'windowMenu', 'help', 'about', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']) expect(roles).toContain(`"${role}"`);
    const { applicationMenu } = await import('../../../electron/shell/menu');
    expect(JSON.stringify(applicationMenu('linux', true))).not.toContain('toggleDevTools');
    expect(JSON.stringify(applicationMenu('darwin', true))).toContain('"appMenu"');
  });

  it('keeps one instance per data folder: a second start on the same folder hands over and quits', async () => {
    const dataFolder = tempFolder('callmark-shell-');
    standIn.state.otherInstances.add(dataFolder);
    const second = startShell({ bundleDir, argv: ['callmark', '--data-dir', dataFolder], env: {}, log: (line) => log.push(line) });
    expect(second.ready).toBeNull();
    expect(standIn.state.quitRequested).toBe(true);
    expect(standIn.state.handedOver).toEqual([{ dataFolder }]);
    expect(standIn.state.paths.userData).toBe(dataFolder);
    expect(standIn.windows()).toEqual([]);
    expect(standIn.state.forks).toEqual([]);
  });

  it('runs beside an instance on another data folder', async () => {
    standIn.state.otherInstances.add(tempFolder('callmark-other-'));
    const { win } = await launch();
    expect(standIn.state.quitRequested).toBe(false);
    expect(win).toBeDefined();
  });

  it('brings its window to the front when started again, and imports a template file it was asked to open, saying what it did', async () => {
    const { win } = await launch();
    const files = tempFolder('callmark-files-');
    fs.writeFileSync(path.join(files, 'team.callmark-template.json'), plainFile(salesCalls()));
    fs.writeFileSync(path.join(files, 'broken.callmark-template.json'), '{"format": "callmark.template"');
    win.minimize();
    standIn.state.messageAnswers.push(0, 0);
    standIn.emitApp('second-instance', {}, ['/opt/Callmark/callmark', 'team.callmark-template.json'], files, {});
    expect(win.isMinimized()).toBe(false);
    expect(win.focusCount).toBe(1);
    await vi.waitFor(() => expect(standIn.state.dialogs).toHaveLength(1));
    expect(standIn.state.dialogs[0]).toMatchObject({ kind: 'message', window: win, options: { type: 'info', message: 'team.callmark-template.json was imported.' } });
    const library = await standIn.invoke(standIn.fromPage(win), 'callmark:templates.library', {});
    expect(JSON.stringify(library)).toContain('Sales calls 2027');

    // macOS hands a file over as an event; a broken one is refused with the reason, and nothing is added.
    standIn.emitApp('open-file', { preventDefault: () => undefined }, path.join(files, 'broken.callmark-template.json'));
    await vi.waitFor(() => expect(standIn.state.dialogs).toHaveLength(2));
    expect(standIn.state.dialogs[1]).toMatchObject({ options: { type: 'warning', message: 'broken.callmark-template.json was not imported.', detail: expect.stringContaining('Nothing was imported.') } });
    expect(await standIn.invoke(standIn.fromPage(win), 'callmark:templates.library', {})).toEqual(library);
  });

  it('stops the backend when the app quits, and quits when its window closes', async () => {
    const { win } = await launch();
    await standIn.invoke(standIn.fromPage(win), 'callmark:app.info', {});
    win.close();
    standIn.emitApp('window-all-closed');
    expect(standIn.state.quitRequested).toBe(true);
    expect(await standIn.state.forks[0]!.exited).toBe(0);
    expect(fs.existsSync(path.join(standIn.state.paths.userData!, 'callmark.lock'))).toBe(false);
  });
});
