import { createFileSecretStore } from './file-store';
import { createKeychainSecretStore, type Cipher } from './keychain-store';
import type { SecretStore } from './store';

export interface KeychainFacts {
  /** safeStorage.isAsyncEncryptionAvailable() */
  available: boolean;
  /** safeStorage.getSelectedStorageBackend() on Linux; undefined elsewhere. */
  linuxBackend?: string;
  platform: NodeJS.Platform;
}

/**
 * The desktop app's store, chosen from what safeStorage reports. On Linux
 * without a keyring, safeStorage "encrypts" with a hard-coded password
 * (backend basic_text): that protects nothing, so we say so and use the
 * private file instead, which is at least honest about what it is.
 */
export function chooseSecretStore(facts: KeychainFacts, cipher: Cipher, dataFolder: string): SecretStore {
  const plainReason =
    facts.platform === 'linux'
      ? 'No keyring (such as GNOME Keyring or KWallet) is available on this desktop, so the OS keychain cannot be used; start or unlock one and restart Callmark to use it.'
      : 'The OS keychain is not available to Callmark right now.';
  const plain = createFileSecretStore(dataFolder, { reason: plainReason });
  const usable = facts.available && !(facts.platform === 'linux' && (facts.linuxBackend === 'basic_text' || facts.linuxBackend === 'unknown'));
  if (!usable) return plain;
  const keychainName =
    facts.platform === 'darwin'
      ? 'the macOS Keychain'
      : facts.platform === 'win32'
        ? 'your Windows account (DPAPI)'
        : `your desktop keyring (${facts.linuxBackend ?? 'unknown'})`;
  return createKeychainSecretStore({ cipher, dataFolder, keychainName, legacy: plain });
}
