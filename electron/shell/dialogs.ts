import { BrowserWindow, dialog, type MessageBoxOptions, type OpenDialogOptions, type WebContents } from 'electron';
import path from 'node:path';
import { RECORDING_EXTENSIONS } from '../../shared/media/extensions';
import type { TemplateFileResult } from './template-files';

/**
 * The native dialogs, each modal to the window that asked. They are the
 * user's own choices that the page cannot make for them: which file or folder
 * Callmark may use, whether to open a link or contact an address.
 */
const windowOf = (sender: unknown) => BrowserWindow.fromWebContents(sender as WebContents);

async function open(sender: unknown, options: OpenDialogOptions): Promise<string | null> {
  const win = windowOf(sender);
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** True when the user pressed the first button ("yes"); Cancel is the default, so Enter does nothing rash. */
async function ask(win: BrowserWindow | null, options: Omit<MessageBoxOptions, 'buttons' | 'defaultId' | 'cancelId' | 'type'> & { yes: string }): Promise<boolean> {
  const { yes, ...rest } = options;
  const box: MessageBoxOptions = { ...rest, type: 'question', buttons: [yes, 'Cancel'], defaultId: 1, cancelId: 1, noLink: true };
  const { response } = win ? await dialog.showMessageBox(win, box) : await dialog.showMessageBox(box);
  return response === 0;
}

/** Filtered to recordings, with "All files" as a way out. */
export const chooseRecording = (sender: unknown) =>
  open(sender, {
    title: 'Attach a recording',
    properties: ['openFile'],
    filters: [
      { name: 'Recordings', extensions: [...RECORDING_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
  });

export const chooseSharedFolder = (sender: unknown) =>
  open(sender, { title: 'Choose the shared folder', buttonLabel: 'Use this folder', properties: ['openDirectory', 'createDirectory'] });

/** A link from the page leaves the app only when the user agrees, seeing the whole address. */
export const confirmOpenLink = (win: BrowserWindow | null, url: string) =>
  ask(win, { title: 'Open link', message: 'Open this link in your web browser?', detail: url, yes: 'Open in browser' });

export const confirmServerTest = (sender: unknown, url: string, withToken: boolean) =>
  ask(windowOf(sender), {
    title: 'Test connection',
    message: `Contact ${new URL(url).host} to test the connection?`,
    detail: `Callmark will ask ${url} whether it is up${withToken ? ', sending the token you typed' : ''}. No scorecard is sent.`,
    yes: 'Test',
  });

/** What opening a template file (the file association) did: imported, already there, or refused and why. */
export async function announceTemplateFile(win: BrowserWindow | null, file: string, result: TemplateFileResult): Promise<void> {
  const box: MessageBoxOptions = {
    type: result.imported ? 'info' : 'warning',
    title: 'Scorecard template',
    message: result.imported ? `${path.basename(file)} was imported.` : `${path.basename(file)} was not imported.`,
    detail: result.detail,
    buttons: ['OK'],
  };
  await (win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box));
}
