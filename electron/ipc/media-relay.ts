import path from 'node:path';
import type { Envelope } from '../../shared/api';
import { FILE_CHOOSING_METHODS, TRANSPORT_ONLY_METHODS } from '../../shared/api/media';
import type { FileGrant } from '../../shared/schemas/media';
import { createFileGrants, type FileGrants } from './file-grants';
import { swapGrant } from './grant-swap';
import { refusal, type IpcRelay, type RelayDecision } from './relay';

export interface MediaRelayOptions {
  /** Shows the open dialog for the window that asked; the chosen path, or null when cancelled. */
  chooseFile(sender: unknown): Promise<string | null>;
  grants?: FileGrants;
}

const WORDS = {
  noPaths: 'In the desktop app a recording is chosen in the file dialog or dropped on the window; the page cannot name a path.',
  expired: 'That file choice has expired: choose the recording again.',
};

/**
 * The desktop app's rule for files (README, "Recordings"): the page never names
 * a path. It gets a grant from media.chooseFile (answered here, in the main
 * process, with a native dialog) or from a dropped file (the preload resolves
 * the File with webUtils.getPathForFile); this relay swaps the grant for the
 * path before the call reaches the backend, and refuses a raw path outright. So
 * a compromised page can attach only files the user picked, never /etc/passwd.
 */
export function createMediaRelay(options: MediaRelayOptions) {
  const grants = options.grants ?? createFileGrants();
  return {
    async intercept(name: string, input: unknown, sender: unknown): Promise<RelayDecision> {
      if (TRANSPORT_ONLY_METHODS.includes(name)) return refusal('not_found', `Unknown API method "${name}".`, `${name} is for the media servers only`);
      if (name === 'media.chooseFile') {
        const chosen = await options.chooseFile(sender);
        return { answer: { ok: true, value: { grant: chosen ? grants.grant(chosen) : null } } };
      }
      if (!FILE_CHOOSING_METHODS.includes(name)) return { forward: input };
      return swapGrant(input, grants, WORDS, name);
    },

    /** The preload's report of a dropped file: its path becomes a grant the page can use. */
    grantDropped(file: unknown): Envelope<FileGrant> {
      if (typeof file !== 'string' || file === '' || !path.isAbsolute(file) || file.length > 4096) {
        return { ok: false, error: { code: 'invalid_input', message: 'Only a file from your computer can be attached.' } };
      }
      return { ok: true, value: grants.grant(file) };
    },
  } satisfies IpcRelay & Record<string, unknown>;
}
export type MediaRelay = ReturnType<typeof createMediaRelay>;
