import type { FileGrants } from './file-grants';
import { refusal, type RelayDecision } from './relay';

export interface GrantWords {
  /** Said when the page named a path itself. */
  noPaths: string;
  /** Said when the grant is unknown or expired. */
  expired: string;
}

/**
 * The desktop app's one rule for paths from the page: there are none. An
 * object that names a file or folder must carry a grant the main process
 * issued from a native dialog (or a drop); this swaps it for the path, and
 * refuses a raw `path` outright, so a compromised page can neither read nor
 * probe a place the user did not pick.
 */
export function swapGrant(
  value: unknown,
  grants: FileGrants,
  words: GrantWords,
  what: string,
  /** Puts the rewritten object back where it came from in the call's input. */
  place: (swapped: Record<string, unknown>) => unknown = (swapped) => swapped,
): RelayDecision {
  const { path: rawPath, grantId, ...rest } = (value ?? {}) as { path?: unknown; grantId?: unknown };
  if (rawPath !== undefined) return refusal('unauthorized', words.noPaths, `the page named a path itself (${what})`);
  const granted = typeof grantId === 'string' ? grants.resolve(grantId) : null;
  if (!granted) return refusal('invalid_input', words.expired, `an unknown or expired grant (${what})`);
  return { forward: place({ ...rest, path: granted }) };
}
