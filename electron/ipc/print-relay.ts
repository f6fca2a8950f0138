import { printableHash, type Printable } from '../../shared/desktop/printable';
import type { IpcRelay, RelayDecision } from './relay';

export interface PrintRelayOptions {
  /** Prints the app's page at this route hash to PDF bytes (electron/shell/print-to-pdf.ts, in a hidden window of the app). */
  print(hash: string): Promise<Buffer>;
  /** Asks where to save, over the window that asked, and writes the file there; the path, or null when the user cancelled. */
  save(sender: unknown, pdf: Buffer, suggestedName: string): Promise<string | null>;
}

/**
 * "Save as PDF" in the desktop app: the main process answers `print.savePdf`
 * itself, since printing needs a window and saving needs a native dialog, and
 * the backend process has neither. The page names a printable page from a
 * fixed list (validated at the IPC boundary), never a URL.
 */
export function createPrintRelay(options: PrintRelayOptions): IpcRelay {
  return {
    async intercept(name, input, sender): Promise<RelayDecision> {
      if (name !== 'print.savePdf') return { forward: input };
      const { printable, suggestedName } = input as { printable: Printable; suggestedName: string };
      try {
        const pdf = await options.print(printableHash(printable));
        return { answer: { ok: true, value: { savedTo: await options.save(sender, pdf, suggestedName) } } };
      } catch (error) {
        return { answer: { ok: false, error: { code: 'internal', message: `The PDF could not be saved: ${error instanceof Error ? error.message : String(error)}` } } };
      }
    },
  };
}
