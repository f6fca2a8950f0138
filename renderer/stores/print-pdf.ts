import { create } from 'zustand';
import type { Printable } from '../../shared/desktop/printable';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';
import { isDesktopApp } from '../api/files';
import { downloadPrintedPdf } from '../api/print-download';

interface PrintState {
  saving: boolean;
  /** What happened last, in words: where it was saved, or why not. */
  outcome: string | null;
  /** The desktop app's print to PDF and Save dialog (electron/ipc/print-relay.ts); in a browser, the host's print as a download. */
  savePdf(printable: Printable, suggestedName: string): Promise<void>;
}

export const usePrintPdf = create<PrintState>((set) => ({
  saving: false,
  outcome: null,
  async savePdf(printable, suggestedName) {
    set({ saving: true, outcome: null });
    try {
      if (!isDesktopApp()) {
        await downloadPrintedPdf(printable, suggestedName);
        set({ saving: false, outcome: `Downloaded as ${suggestedName}` });
        return;
      }
      const { savedTo } = await api['print.savePdf']({ printable, suggestedName });
      set({ saving: false, outcome: savedTo ? `Saved as ${savedTo}` : 'Not saved: no file was chosen.' });
    } catch (error) {
      set({ saving: false, outcome: `Not saved: ${errorMessage(error)}` });
    }
  },
}));
