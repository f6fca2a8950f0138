import { createFileGrants, type FileGrants } from './file-grants';
import { swapGrant } from './grant-swap';
import type { IpcRelay, RelayDecision } from './relay';

export interface FolderRelayOptions {
  /** Shows the folder dialog for the window that asked; the chosen folder, or null when cancelled. */
  chooseFolder(sender: unknown): Promise<string | null>;
  /** Kept apart from the recordings' grants: a grant is for the one purpose the user chose it for. */
  grants?: FileGrants;
}

const WORDS = {
  noPaths: 'In the desktop app a shared folder is chosen with “Choose folder…”; the page cannot name a path.',
  expired: 'That folder choice has expired: choose the folder again.',
};

/**
 * Shared folders follow the recordings' rule (see media-relay.ts): the page
 * gets a grant from sync.targets.chooseFolder, answered here with a native
 * folder dialog, and this relay swaps it for the path in inspectFolder, add
 * and update. A raw path is refused, so a compromised page can neither probe
 * the disk through inspectFolder ("is there a folder here, and what is in
 * it?") nor make Callmark write a share into a place the user did not pick.
 */
export function createFolderRelay(options: FolderRelayOptions): IpcRelay {
  const grants = options.grants ?? createFileGrants();
  return {
    async intercept(name, input, sender): Promise<RelayDecision> {
      if (name === 'sync.targets.chooseFolder') {
        const chosen = await options.chooseFolder(sender);
        return { answer: { ok: true, value: { grant: chosen ? grants.grant(chosen) : null } } };
      }
      if (name === 'sync.targets.inspectFolder') return swapGrant(input, grants, WORDS, name);
      if (name !== 'sync.targets.add' && name !== 'sync.targets.update') return { forward: input };
      const call = (input ?? {}) as { config?: { kind?: unknown } };
      if (call.config?.kind !== 'folder') return { forward: input };
      return swapGrant(call.config, grants, WORDS, `${name} config`, (config) => ({ ...call, config }));
    },
  };
}
