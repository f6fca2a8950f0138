import { z } from 'zod';
import { method } from './method';
import { PdfFileName, Printable } from '../desktop/printable';

/**
 * Printing a page to PDF. In the desktop app the main process answers it
 * (electron/ipc/print-relay.ts): Chromium prints the page in a hidden window
 * of the app and a Save dialog asks where. The browser host has no dialog to
 * show: the page prints itself there (Print…, then "Save as PDF").
 */
export const printApi = {
  'print.savePdf': method(z.object({ printable: Printable, suggestedName: PdfFileName }).strict(), z.object({ savedTo: z.string().nullable() })),
};
