import { app, type BrowserWindow } from 'electron';

/**
 * One app per data folder: two would run two backends on one database.
 * Electron keys its single-instance lock on the userData folder, so userData
 * is set to the data folder first; a second start on the same folder hands
 * its command line to the first and quits, a start on another folder
 * (`--data-dir`) runs beside it. Chromium's own profile lives there too.
 */
export function claimDataFolder(dataFolder: string): boolean {
  app.setPath('userData', dataFolder);
  return app.requestSingleInstanceLock({ dataFolder });
}

/** The first instance, asked again: back in front of the user. */
export function bringToFront(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
