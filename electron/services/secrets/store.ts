/**
 * Where secrets (a server's bearer token) are kept: the OS keychain through
 * Electron's safeStorage in the desktop app, a file only the user can read in
 * the browser host. `where` tells the user which, in plain words.
 */
export interface SecretStore {
  readonly where: string;
  get(key: string): Promise<string | null>;
  /** null deletes. */
  set(key: string, value: string | null): Promise<void>;
}
