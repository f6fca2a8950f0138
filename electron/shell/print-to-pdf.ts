import { BrowserWindow, dialog, type WebPreferences } from 'electron';
import fs from 'node:fs/promises';

/**
 * Printing a page of the app to PDF in the desktop app: Chromium's own print
 * engine, the same that prints it in a browser (where the page's "Print or save
 * as PDF" button opens the print dialog), so one print stylesheet serves both.
 * A page is printable when it marks itself `data-print-ready` (the calibration
 * results do, renderer/screens/calibration/print/PrintPage.tsx; a coaching
 * pack can do the same). Not yet wired to a menu or an API method: the caller
 * decides when to print and where to save.
 */
export interface PrintJob {
  /** The app's page, as the main window loads it. */
  pageUrl: string;
  /** The page's route, e.g. `#/calibration/<id>/print`. */
  hash: string;
  /** The main window's own (sandboxed, isolated, its preload): the printed page calls the backend as that window does. */
  webPreferences: WebPreferences;
  /** How long the page may take to load its data before printing gives up. */
  timeoutMs?: number;
}

const READY = "document.querySelector('[data-print-ready]') !== null";
const POLL_MS = 100;

/** Loads the page in a hidden window of the app (same sandbox, same preload, same origin checks) and prints it to A4 PDF bytes. */
export async function printPageToPdf(job: PrintJob): Promise<Buffer> {
  const win = new BrowserWindow({ show: false, width: 1000, height: 1400, webPreferences: job.webPreferences });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  try {
    await win.loadURL(`${job.pageUrl}${job.hash}`);
    const deadline = Date.now() + (job.timeoutMs ?? 20_000);
    while (!(await win.webContents.executeJavaScript(READY))) {
      if (Date.now() > deadline) throw new Error('The page to print did not finish loading.');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    win.destroy();
  }
}

/** Asks where to save a PDF (modal to `parent`) and writes it there; the path, or null when the user cancelled. */
export async function savePdfAs(parent: BrowserWindow | null, pdf: Buffer, suggestedName: string): Promise<string | null> {
  const options = { title: 'Save as PDF', defaultPath: suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  await fs.writeFile(result.filePath, pdf);
  return result.filePath;
}
