/**
 * Where secrets (a server's bearer token) are kept: the OS keychain through
 * Electron's safeStorage in the desktop app, a file only the user can read in
 * the browser host (or where no keychain is available). `describe()` tells the
 * user which, in plain words; the secret values never leave the backend.
 */
export type SecretProtection = 'os-keychain' | 'user-only-file';

export interface SecretStoreInfo {
  protection: SecretProtection;
  /** One sentence for the settings screen, e.g. "in the macOS Keychain" or "in a file only you can read: …". */
  where: string;
}

export interface SecretStore {
  describe(): Promise<SecretStoreInfo>;
  get(key: string): Promise<string | null>;
  /** null deletes. */
  set(key: string, value: string | null): Promise<void>;
}

/**
 * Why a secret could not be read or kept. `permanent` ones (a file others can
 * read, a damaged file, a keychain that cannot decrypt) will not fix
 * themselves: the user must set the secret again, so callers stop retrying.
 */
export type SecretProblem = 'exposed' | 'damaged' | 'undecryptable' | 'unavailable' | 'io';

export class SecretStoreError extends Error {
  readonly problem: SecretProblem;
  constructor(problem: SecretProblem, message: string) {
    super(message);
    this.name = 'SecretStoreError';
    this.problem = problem;
  }
  get permanent(): boolean {
    return this.problem === 'exposed' || this.problem === 'damaged' || this.problem === 'undecryptable';
  }
}

/** Secret keys are plain names, never user text: keeps them out of paths and log injection. */
export const SECRET_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

export function assertSecretKey(key: string): void {
  if (!SECRET_KEY_PATTERN.test(key)) throw new SecretStoreError('io', `Not a valid secret name: ${JSON.stringify(key.slice(0, 40))}.`);
}
