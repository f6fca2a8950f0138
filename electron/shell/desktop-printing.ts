import path from 'node:path';
import { BrowserWindow, type WebContents } from 'electron';
import { APP_PAGE_URL } from '../security/app-url';
import type { PrintRelayOptions } from '../ipc/print-relay';
import { printPageToPdf, savePdfAs } from './print-to-pdf';
import { WEB_PREFERENCES } from './window';

/** The desktop app's printing for the print relay: the app's page in a hidden window like the main one, then a Save dialog over the asking window. */
export function desktopPrinting(preloadPath: string): PrintRelayOptions {
  return {
    print: (hash) => printPageToPdf({ pageUrl: APP_PAGE_URL, hash, webPreferences: { ...WEB_PREFERENCES, preload: path.resolve(preloadPath) } }),
    save: (sender, pdf, name) => savePdfAs(BrowserWindow.fromWebContents(sender as WebContents), pdf, name),
  };
}
