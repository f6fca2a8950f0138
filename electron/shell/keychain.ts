import { safeStorage } from 'electron';
import { chooseSecretStore } from '../services/secrets/choose-store';
import { createSecretRelayHost } from '../services/secrets/relay-host';

/**
 * The only Electron-specific piece of secret keeping: safeStorage (main
 * process only) adapted to the plain-Node Cipher, and the relay host the
 * backend utility process asks. Call after app 'ready'.
 */
export function createKeychainRelayHost(dataFolder: string) {
  return createSecretRelayHost(async () => {
    const available = await safeStorage.isAsyncEncryptionAvailable().catch(() => false);
    const linuxBackend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
    return chooseSecretStore({ available, linuxBackend, platform: process.platform }, {
      encrypt: (text) => safeStorage.encryptStringAsync(text),
      decrypt: async (data) => {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(data));
        return { text: result, shouldReEncrypt };
      },
    }, dataFolder);
  });
}
