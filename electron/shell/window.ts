import { BrowserWindow, screen } from 'electron';
import path from 'node:path';
import { MIN_WINDOW_SIZE, placeWindow } from '../../shared/desktop/window-state';
import { APP_PAGE_URL, isAppPageUrl } from '../security/app-url';
import { readWindowState, saveWindowState } from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  /** Where the window's size and position are remembered. */
  dataFolder: string;
  /** A link the page tried to follow out of the app: offered to the user's browser, or refused (external-links.ts). */
  onLinkOut(url: string, win: BrowserWindow): void;
  log(line: string): void;
}

/** Electron's security checklist for a window showing local content; each line is the safe value, stated even where it is the default. */
export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
} as const;

/**
 * The one window: isolated, sandboxed, no Node in the page, where the user
 * left it last time (on a display that still exists). It may never navigate
 * away from the app, embed a webview or open a window: such links go to
 * `onLinkOut` instead.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = placeWindow(
    readWindowState(options.dataFolder),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const win = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Callmark',
    show: false,
    webPreferences: { ...WEB_PREFERENCES, preload: path.resolve(options.preloadPath) },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    options.onLinkOut(url, win);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event) => {
    if (isAppPageUrl(event.url)) return;
    event.preventDefault();
    options.onLinkOut(event.url, win);
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    const { x, y, width, height } = win.getNormalBounds();
    try {
      saveWindowState(options.dataFolder, { x, y, width, height, maximized: win.isMaximized() });
    } catch (error) {
      options.log(`callmark: could not remember the window's position: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  void win.loadURL(APP_PAGE_URL);
  return win;
}
