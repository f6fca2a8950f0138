import path from 'node:path';
import { z } from 'zod';
import { readPrivateFile, writePrivateFileAtomic } from './private-file';
import { assertSecretKey, SecretStoreError, type SecretStore, type SecretStoreInfo } from './store';

/** The file's format: versioned so a later change can be read back. The first version wrote a bare map; it is still read. */
const SecretsFile = z.union([
  z.object({ format: z.literal('callmark-secrets'), version: z.literal(1), secrets: z.record(z.string(), z.string()) }),
  z.record(z.string(), z.string()).transform((secrets) => ({ format: 'callmark-secrets' as const, version: 1 as const, secrets })),
]);

export interface FileSecretStoreOptions {
  /** Defaults to secrets.json. */
  fileName?: string;
  /** Why secrets are in a file rather than a keychain, added to `where` (e.g. no keyring on this Linux desktop). */
  reason?: string;
}

/**
 * Secrets as plain text in a JSON file only this user account can read
 * (see ./private-file.ts): the browser host's store, and the desktop app's
 * fallback where no OS keychain is available. Weaker than a keychain (an
 * administrator or anything running as this user can read it), and
 * `describe()` says so.
 *
 * A file others can read is refused on read. Setting a secret while it is in
 * that state rewrites the file privately with only the new secret: the old
 * ones count as seen and must be set again. A damaged file is refused on
 * read and replaced on write.
 */
export function createFileSecretStore(dataFolder: string, options: FileSecretStoreOptions = {}): SecretStore & { readonly file: string } {
  const file = path.join(dataFolder, options.fileName ?? 'secrets.json');
  const info: SecretStoreInfo = {
    protection: 'user-only-file',
    where: `in a file only your user account can read (${file}); it is not encrypted, so an administrator or a program running as you could read it${options.reason ? `. ${options.reason}` : ''}`,
  };

  const read = (): Record<string, string> => {
    const text = readPrivateFile(file);
    if (text === null) return {};
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new SecretStoreError('damaged', `${file} is damaged (not valid JSON). Set the token again to replace it.`);
    }
    const parsed = SecretsFile.safeParse(json);
    if (!parsed.success) throw new SecretStoreError('damaged', `${file} is not a Callmark secrets file. Set the token again to replace it.`);
    return parsed.data.secrets;
  };

  /** What to keep when rewriting: everything, unless the old file cannot be trusted or read. */
  const readForRewrite = (): { secrets: Record<string, string>; repair: boolean } => {
    try {
      return { secrets: read(), repair: false };
    } catch (error) {
      if (error instanceof SecretStoreError && error.permanent) return { secrets: {}, repair: true };
      throw error;
    }
  };

  return {
    file,
    describe: async () => info,
    get: async (key) => {
      assertSecretKey(key);
      return read()[key] ?? null;
    },
    // Synchronous file work inside: two set() calls can never interleave their read-modify-write in this process.
    set: async (key, value) => {
      assertSecretKey(key);
      const { secrets: all, repair } = readForRewrite();
      if (value === null) {
        if (!(key in all) && !repair) return;
        delete all[key];
      } else {
        all[key] = value;
      }
      writePrivateFileAtomic(file, `${JSON.stringify({ format: 'callmark-secrets', version: 1, secrets: all }, null, 2)}\n`);
    },
  };
}
