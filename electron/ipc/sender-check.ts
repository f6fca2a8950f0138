import type { IpcMainInvokeEvent } from 'electron';
import { isAppPageUrl } from '../security/app-url';

/** Why a call was refused, in words for the log; null when the sender is our page's top frame. */
export type SenderProblem = string | null;

/**
 * Only our own page, in the top frame, may call the backend (after VS Code's
 * validatedIpcMain): an iframe, a page navigated elsewhere or a frame that is
 * gone gets nothing. The URL is compared by scheme and host (see app-url.ts:
 * the origin of a custom scheme is the string "null").
 */
export function senderProblem(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): SenderProblem {
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame is gone (it navigated or closed)';
  if (frame !== event.sender.mainFrame) return `the call came from a subframe (${frame.url}), not the top frame`;
  if (!isAppPageUrl(frame.url)) return `the sender is ${frame.url || 'a page without an address'}, not Callmark’s own page`;
  return null;
}
