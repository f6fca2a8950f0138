import { ipcMain } from 'electron';
import { methodNames, type Envelope } from '../../shared/api';
import { checkInput } from '../../shared/api/check-input';
import type { FileGrant } from '../../shared/schemas/media';
import { channelFor } from './channels';
import { DROPPED_FILE_CHANNEL } from './dropped-file';
import type { IpcRelay } from './relay';
import { senderProblem } from './sender-check';

export type BackendCall = (name: string, input: unknown) => Promise<Envelope<unknown>>;

export interface IpcHandlerOptions {
  callBackend: BackendCall;
  /** Run in order on every valid call; the first that answers ends it (dialogs, grants, refusals). */
  relays: readonly IpcRelay[];
  /** The preload's report of a file dropped on the window, turned into a grant. */
  grantDropped(file: unknown): Envelope<FileGrant>;
  /** Every refused call is written here with its reason, as VS Code's validatedIpcMain does. */
  log(line: string): void;
}

const NOT_FOR_THIS_PAGE: Envelope<never> = { ok: false, error: { code: 'unauthorized', message: 'This page may not call Callmark.' } };

/**
 * Registers one handler per API method from the shared list, and nothing else
 * but the dropped-file channel. Each checks the sender and validates the input
 * at the boundary, lets the relays answer or rewrite it, then forwards it to
 * the backend process (which validates again: it trusts no one either).
 */
export function registerIpcHandlers(options: IpcHandlerOptions): void {
  const refuse = (channel: string, reason: string) => {
    options.log(`callmark: refused IPC call on ${channel}: ${reason}`);
    return NOT_FOR_THIS_PAGE;
  };
  for (const name of methodNames) {
    const channel = channelFor(name);
    ipcMain.handle(channel, async (event, input: unknown): Promise<Envelope<unknown>> => {
      const problem = senderProblem(event);
      if (problem) return refuse(channel, problem);
      const checked = checkInput(name, input);
      if (!checked.ok) return checked;
      let forwarded: unknown = input ?? {};
      for (const relay of options.relays) {
        const decision = await relay.intercept(name, forwarded, event.sender);
        if ('answer' in decision) {
          if (decision.refused) options.log(`callmark: refused IPC call on ${channel}: ${decision.refused}`);
          return decision.answer;
        }
        forwarded = decision.forward;
      }
      return options.callBackend(name, forwarded);
    });
  }
  ipcMain.handle(DROPPED_FILE_CHANNEL, (event, file: unknown) => {
    const problem = senderProblem(event);
    return problem ? refuse(DROPPED_FILE_CHANNEL, problem) : options.grantDropped(file);
  });
}
