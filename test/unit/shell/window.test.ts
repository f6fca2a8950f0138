import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../electron/shell/window';
import { createLinkOpener } from '../../../electron/shell/external-links';
import { confirmOpenLink } from '../../../electron/shell/dialogs';
import { WINDOW_STATE_FILE } from '../../../electron/shell/window-state';
import { electronStandIn, standIn } from '../../support/electron/stand-in';
import type { StandInBrowserWindow } from '../../support/electron/windows';
import { tempFolder } from '../../support/service';

vi.mock('electron', async () => (await import('../../support/electron/stand-in')).electronStandIn);

const log: string[] = [];
/** What each link out came to: the test awaits these rather than waiting for time to pass. */
const linkOutcomes: Promise<string>[] = [];
const settledLinks = () => Promise.all(linkOutcomes);

beforeEach(() => {
  standIn.reset();
  log.length = 0;
  linkOutcomes.length = 0;
});

/** The window as start-shell.ts makes it: links out go through the real opener and its native confirmation. */
function open(dataFolder = tempFolder('callmark-window-')): StandInBrowserWindow {
  const openLink = createLinkOpener({ confirm: confirmOpenLink, open: (url) => electronStandIn.shell.openExternal(url), log: (line) => log.push(line) });
  createMainWindow({ preloadPath: 'preload.cjs', dataFolder, onLinkOut: (url, win) => void linkOutcomes.push(openLink(url, win)), log: (line) => log.push(line) });
  return standIn.windows().at(-1)!;
}

describe('the window never leaves the app', () => {
  it('lets the page move between its own routes', () => {
    const win = open();
    expect(win.webContents.navigate('callmark-app://app/index.html#/reviews')).toBe(false);
    expect(standIn.state.dialogs).toEqual([]);
  });

  it('stops navigation away, and opens an http(s) link in the browser only after the user agreed', async () => {
    const win = open();
    standIn.state.messageAnswers.push(0);
    expect(win.webContents.navigate('https://www.example.org/help?q=1')).toBe(true);
    expect(win.webContents.mainFrame.url).toBe('callmark-app://app/index.html');
    expect(await settledLinks()).toEqual(['opened']);
    expect(standIn.state.openedExternally).toEqual(['https://www.example.org/help?q=1']);
    expect(standIn.state.dialogs[0]).toMatchObject({ kind: 'message', window: win, options: { detail: 'https://www.example.org/help?q=1', buttons: ['Open in browser', 'Cancel'], defaultId: 1, cancelId: 1 } });
  });

  it('opens nothing when the user declines', async () => {
    const win = open();
    standIn.state.messageAnswers.push(1);
    expect(win.webContents.openWindow('https://tracker.example/')).toEqual({ action: 'deny' });
    expect(await settledLinks()).toEqual(['declined']);
    expect(standIn.state.dialogs).toHaveLength(1);
    expect(standIn.state.openedExternally).toEqual([]);
  });

  it('never hands anything but http(s) to the operating system, and does not even ask', async () => {
    const win = open();
    for (const url of ['file:///etc/passwd', 'smb://server/share/run.exe', 'javascript:alert(1)', 'ms-msdt:/id', 'callmark-media://recording/x', 'mailto:a@b.c', 'not a url']) {
      expect(win.webContents.openWindow(url)).toEqual({ action: 'deny' });
      expect(win.webContents.navigate(url)).toBe(true);
    }
    expect(new Set(await settledLinks())).toEqual(new Set(['refused']));
    expect(standIn.state.dialogs).toEqual([]);
    expect(standIn.state.openedExternally).toEqual([]);
    expect(log[0]).toBe('callmark: refused to open file:///etc/passwd outside the app: only http(s) links are offered to the browser');
  });

  it('refuses to attach a <webview>', () => {
    expect(open().webContents.attachWebview()).toBe(true);
  });
});

describe('the window opens where it was left', () => {
  it('starts at the default size, centred, on a first run', () => {
    const win = open();
    expect(win.options).toMatchObject({ width: 1280, height: 820, minWidth: 720, minHeight: 560 });
    expect(win.options.x).toBeUndefined();
  });

  it('remembers size, position and maximised state in the data folder, privately', () => {
    const dataFolder = tempFolder('callmark-window-');
    const first = open(dataFolder);
    first.moveTo({ x: 300, y: 200, width: 1000, height: 700 });
    first.maximize();
    first.close();
    const file = path.join(dataFolder, WINDOW_STATE_FILE);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ x: 300, y: 200, width: 1000, height: 700, maximized: true });
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const second = open(dataFolder);
    expect(second.options).toMatchObject({ x: 300, y: 200, width: 1000, height: 700 });
    second.becomeReadyToShow();
    expect(second.isMaximized()).toBe(true);
  });

  it('comes back onto a display that still exists when the one it was on is gone', () => {
    const dataFolder = tempFolder('callmark-window-');
    standIn.state.displays.push({ id: 2, bounds: { x: 1920, y: 0, width: 2560, height: 1440 }, workArea: { x: 1920, y: 0, width: 2560, height: 1440 } });
    const first = open(dataFolder);
    first.moveTo({ x: 2400, y: 300, width: 1600, height: 1000 });
    first.close();
    standIn.state.displays.pop();
    const second = open(dataFolder);
    expect(second.options).toMatchObject({ width: 1600, height: 1000 });
    expect(second.options.x).toBeUndefined();
  });

  it('ignores a damaged or edited state file', () => {
    const dataFolder = tempFolder('callmark-window-');
    for (const text of ['{"x":10', '{"x":"left","y":0,"width":100,"height":100,"maximized":false}', '{"x":0,"y":0,"width":-5,"height":100,"maximized":false}', 'null']) {
      fs.writeFileSync(path.join(dataFolder, WINDOW_STATE_FILE), text);
      expect(open(dataFolder).options, text).toMatchObject({ width: 1280, height: 820 });
    }
  });
});
