import { ipcMain } from 'electron';
import { api, describeZodError, methodNames, type Envelope } from '../../shared/api';
import { channelFor } from './channels';
import { isTrustedSender } from './sender-check';
import { createMediaRelay } from './media-relay';
import { DROPPED_FILE_CHANNEL } from './dropped-file';
import { chooseRecording } from '../shell/choose-recording';
import type { z } from 'zod';

export type BackendCall = (name: string, input: unknown) => Promise<Envelope<unknown>>;

/**
 * Registers one handler per API method from the shared list. Each checks the
 * sender and validates the input at the boundary before it is forwarded to the
 * backend process (which validates again: it trusts no one either).
 */
export function registerIpcHandlers(callBackend: BackendCall): void {
  // Files reach the backend only as grants the main process issued (README, "Recordings").
  const media = createMediaRelay({ chooseFile: chooseRecording });
  for (const name of methodNames) {
    ipcMain.handle(channelFor(name), async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'unauthorized', message: 'This page may not call Callmark.' } };
      }
      const schema: z.ZodType = api[name].input;
      const parsed = schema.safeParse(input ?? {});
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${name}: ${describeZodError(parsed.error)}` } };
      }
      const relayed = await media.intercept(name, input ?? {}, event.sender);
      if ('answer' in relayed) return relayed.answer;
      return callBackend(name, relayed.forward);
    });
  }
  ipcMain.handle(DROPPED_FILE_CHANNEL, (event, file: unknown) =>
    isTrustedSender(event) ? media.grantDropped(file) : { ok: false, error: { code: 'unauthorized', message: 'This page may not call Callmark.' } },
  );
}
