import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseSecretStore } from '../../../electron/services/secrets/choose-store';
import { createFileSecretStore } from '../../../electron/services/secrets/file-store';
import { createKeychainSecretStore } from '../../../electron/services/secrets/keychain-store';
import { tempFolder } from '../../support/service';
import { fakeCipher } from './fake-cipher';

const TOKEN = 'tok_live_7f3a9c1e5b';

describe('keychain secret store (safeStorage in main)', () => {
  it('keeps only ciphertext on disk, in a 0600 file', async () => {
    const dir = tempFolder();
    const store = createKeychainSecretStore({ cipher: fakeCipher(), dataFolder: dir, keychainName: 'the test keychain' });
    await store.set('sync.server.t.token', TOKEN);
    expect(await store.get('sync.server.t.token')).toBe(TOKEN);
    const file = path.join(dir, 'secrets.keychain.json');
    expect(fs.readFileSync(file, 'utf8')).not.toContain(TOKEN);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const info = await store.describe();
    expect(info.protection).toBe('os-keychain');
    expect(info.where).toContain('the test keychain');
    await store.set('sync.server.t.token', null);
    expect(await store.get('sync.server.t.token')).toBeNull();
  });

  it('says plainly when the keychain can no longer decrypt (key reset or folder copied from another computer)', async () => {
    const dir = tempFolder();
    const cipher = fakeCipher();
    const store = createKeychainSecretStore({ cipher, dataFolder: dir, keychainName: 'the test keychain' });
    await store.set('k', TOKEN);
    cipher.rotate();
    const error: unknown = await store.get('k').catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: 'undecryptable', permanent: true });
    expect((error as Error).message).toMatch(/could not be decrypted .*Set the token again/);
  });

  it('re-encrypts when the keychain asks for it', async () => {
    const dir = tempFolder();
    const cipher = fakeCipher();
    const store = createKeychainSecretStore({ cipher, dataFolder: dir, keychainName: 'k' });
    await store.set('k', TOKEN);
    const file = path.join(dir, 'secrets.keychain.json');
    const before = fs.readFileSync(file, 'utf8');
    cipher.reEncrypt = true;
    expect(await store.get('k')).toBe(TOKEN);
    expect(fs.readFileSync(file, 'utf8')).not.toBe(before);
  });

  it('moves a token left in the plain fallback file into the keychain on first read', async () => {
    const dir = tempFolder();
    const plain = createFileSecretStore(dir);
    await plain.set('k', TOKEN);
    const store = createKeychainSecretStore({ cipher: fakeCipher(), dataFolder: dir, keychainName: 'k', legacy: plain });
    expect(await store.get('k')).toBe(TOKEN);
    expect(await plain.get('k')).toBeNull();
    expect(fs.readFileSync(path.join(dir, 'secrets.json'), 'utf8')).not.toContain(TOKEN);
    expect(await store.get('k')).toBe(TOKEN);
  });
});

describe('choosing the desktop store', () => {
  const cipher = fakeCipher();
  it('uses the keychain where safeStorage has a real one', async () => {
    for (const facts of [
      { available: true, platform: 'darwin' as const },
      { available: true, platform: 'win32' as const },
      { available: true, platform: 'linux' as const, linuxBackend: 'gnome_libsecret' },
    ]) {
      const info = await chooseSecretStore(facts, cipher, tempFolder()).describe();
      expect(info.protection).toBe('os-keychain');
    }
  });

  it('falls back to the private file, and says why, on Linux without a keyring', async () => {
    for (const facts of [
      { available: false, platform: 'linux' as const, linuxBackend: 'gnome_libsecret' },
      // basic_text "encrypts" with a hard-coded password: no protection at all.
      { available: true, platform: 'linux' as const, linuxBackend: 'basic_text' },
    ]) {
      const info = await chooseSecretStore(facts, cipher, tempFolder()).describe();
      expect(info.protection).toBe('user-only-file');
      expect(info.where).toMatch(/No keyring .*GNOME Keyring or KWallet/);
    }
    const mac = await chooseSecretStore({ available: false, platform: 'darwin' }, cipher, tempFolder()).describe();
    expect(mac.where).toMatch(/OS keychain is not available/);
  });
});
