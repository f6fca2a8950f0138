import type { IpcMainInvokeEvent } from 'electron';
import { APP_ORIGIN } from '../shell/app-protocol';

/**
 * Only our own page, in the top frame, may call the backend (after VS Code's
 * validatedIpcMain): an iframe or a page navigated elsewhere gets nothing.
 */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}
