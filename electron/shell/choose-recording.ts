import { BrowserWindow, dialog, type OpenDialogOptions, type WebContents } from 'electron';
import { RECORDING_EXTENSIONS } from '../../shared/media/extensions';

/** The native open dialog, modal to the window that asked, filtered to recordings (with "All files" as a way out). */
export async function chooseRecording(sender: unknown): Promise<string | null> {
  const win = BrowserWindow.fromWebContents(sender as WebContents);
  const options: OpenDialogOptions = {
    title: 'Attach a recording',
    properties: ['openFile'],
    filters: [
      { name: 'Recordings', extensions: [...RECORDING_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
