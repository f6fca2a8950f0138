import { createFileSecretStore } from './file-store';
import { assertSecretKey, SecretStoreError, type SecretStore, type SecretStoreInfo } from './store';

/** Electron's safeStorage, reduced to what we use, so this file stays plain Node and testable. */
export interface Cipher {
  encrypt(text: string): Promise<Uint8Array>;
  decrypt(data: Uint8Array): Promise<{ text: string; shouldReEncrypt: boolean }>;
}

export interface KeychainStoreOptions {
  cipher: Cipher;
  dataFolder: string;
  /** Which keychain, in words: "the macOS Keychain", "your Windows account (DPAPI)", "your desktop keyring (gnome_libsecret)". */
  keychainName: string;
  /** Secrets kept in a plain private file earlier (no keyring then, or the browser host): moved in on first read. */
  legacy?: SecretStore;
}

/**
 * Secrets encrypted by the OS keychain (safeStorage: the key lives in the
 * keychain, the ciphertext in a 0600 file in the data folder). A secret that
 * is still in the plain fallback file is encrypted into this store the first
 * time it is read, and removed from the plain file.
 */
export function createKeychainSecretStore(options: KeychainStoreOptions): SecretStore {
  const ciphertexts = createFileSecretStore(options.dataFolder, { fileName: 'secrets.keychain.json' });
  const info: SecretStoreInfo = {
    protection: 'os-keychain',
    where: `encrypted with a key kept by ${options.keychainName} (the encrypted token is in ${ciphertexts.file})`,
  };

  const store = async (key: string, value: string) => {
    const encrypted = await options.cipher.encrypt(value);
    await ciphertexts.set(key, Buffer.from(encrypted).toString('base64'));
  };

  const migrate = async (key: string): Promise<string | null> => {
    if (!options.legacy) return null;
    let plain: string | null;
    try {
      plain = await options.legacy.get(key);
    } catch {
      return null; // an unusable legacy file holds nothing we may use
    }
    if (plain === null) return null;
    await store(key, plain);
    await options.legacy.set(key, null);
    return plain;
  };

  return {
    describe: async () => info,
    async get(key) {
      assertSecretKey(key);
      const encoded = await ciphertexts.get(key);
      if (encoded === null) return migrate(key);
      let decrypted: { text: string; shouldReEncrypt: boolean };
      try {
        decrypted = await options.cipher.decrypt(Buffer.from(encoded, 'base64'));
      } catch {
        throw new SecretStoreError(
          'undecryptable',
          `The saved token could not be decrypted with ${options.keychainName} (was the keychain reset, or the data folder copied from another computer?). Set the token again.`,
        );
      }
      // The keychain rotated its key: store the secret under the new one.
      if (decrypted.shouldReEncrypt) await store(key, decrypted.text);
      return decrypted.text;
    },
    async set(key, value) {
      assertSecretKey(key);
      if (value === null) await ciphertexts.set(key, null);
      else await store(key, value);
      // Setting or clearing here supersedes any plain copy left from before.
      await options.legacy?.set(key, null).catch(() => undefined);
    },
  };
}
