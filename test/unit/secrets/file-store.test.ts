import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileSecretStore } from '../../../electron/services/secrets/file-store';
import { SecretStoreError } from '../../../electron/services/secrets/store';
import { tempFolder } from '../../support/service';

const posix = process.platform !== 'win32';
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
const folders: string[] = [];
const folder = () => {
  const f = tempFolder('callmark-secrets-');
  folders.push(f);
  return f;
};
afterEach(() => {
  for (const f of folders.splice(0)) fs.rmSync(f, { recursive: true, force: true });
});

describe('file secret store', () => {
  it('keeps, replaces and deletes secrets across instances', async () => {
    const dir = folder();
    const store = createFileSecretStore(dir);
    expect(await store.get('sync.server.a.token')).toBeNull();
    await store.set('sync.server.a.token', 'first');
    await store.set('sync.server.b.token', 'second');
    await store.set('sync.server.a.token', 'replaced');
    const again = createFileSecretStore(dir);
    expect(await again.get('sync.server.a.token')).toBe('replaced');
    expect(await again.get('sync.server.b.token')).toBe('second');
    await again.set('sync.server.a.token', null);
    expect(await store.get('sync.server.a.token')).toBeNull();
    expect(await store.get('sync.server.b.token')).toBe('second');
  });

  it.runIf(posix)('creates the file 0600 even under a permissive umask, and leaves no temporary file', async () => {
    const dir = folder();
    const old = process.umask(0o000);
    try {
      const store = createFileSecretStore(dir);
      await store.set('k', 'v');
      expect(modeOf(store.file)).toBe(0o600);
    } finally {
      process.umask(old);
    }
    expect(fs.readdirSync(dir)).toEqual(['secrets.json']);
  });

  it.runIf(posix)('refuses to read a file others can read, naming the file and the permissions', async () => {
    const dir = folder();
    const store = createFileSecretStore(dir);
    await store.set('k', 'secret-value');
    fs.chmodSync(store.file, 0o644);
    const error = await store.get('k').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretStoreError);
    expect((error as SecretStoreError).problem).toBe('exposed');
    expect((error as SecretStoreError).permanent).toBe(true);
    expect((error as Error).message).toContain(store.file);
    expect((error as Error).message).toContain('0644');
    expect((error as Error).message).not.toContain('secret-value');
    // group-readable only is refused too
    fs.chmodSync(store.file, 0o640);
    await expect(store.get('k')).rejects.toThrow(/0640/);
  });

  it.runIf(posix)('repairs an exposed file by rewriting it 0600 with only the new secret (the old ones count as seen)', async () => {
    const dir = folder();
    const store = createFileSecretStore(dir);
    await store.set('old', 'leaked');
    fs.chmodSync(store.file, 0o666);
    await store.set('new', 'fresh');
    expect(modeOf(store.file)).toBe(0o600);
    expect(await store.get('new')).toBe('fresh');
    expect(await store.get('old')).toBeNull();
  });

  it.runIf(posix)('clearing a secret from an exposed file also repairs it', async () => {
    const dir = folder();
    const store = createFileSecretStore(dir);
    await store.set('old', 'leaked');
    fs.chmodSync(store.file, 0o604);
    await store.set('old', null);
    expect(modeOf(store.file)).toBe(0o600);
    expect(await store.get('old')).toBeNull();
  });

  it.runIf(posix)('never follows a symbolic link', async () => {
    const dir = folder();
    const elsewhere = path.join(folder(), 'target.json');
    fs.writeFileSync(elsewhere, JSON.stringify({ k: 'planted' }), { mode: 0o600 });
    fs.symlinkSync(elsewhere, path.join(dir, 'secrets.json'));
    const store = createFileSecretStore(dir);
    await expect(store.get('k')).rejects.toThrow(/symbolic link/);
    // Writing replaces the link itself with a private file; the link's target is untouched.
    await store.set('k', 'mine');
    expect(fs.lstatSync(store.file).isSymbolicLink()).toBe(false);
    expect(JSON.parse(fs.readFileSync(elsewhere, 'utf8'))).toEqual({ k: 'planted' });
  });

  it.runIf(posix && process.getuid?.() === 0)('refuses a file that belongs to another user account', async () => {
    const dir = folder();
    const store = createFileSecretStore(dir);
    await store.set('k', 'v');
    fs.chownSync(store.file, 12345, 12345);
    await expect(store.get('k')).rejects.toThrow(/another user account/);
  });

  it('says a damaged file is damaged, and a new secret replaces it', async () => {
    const dir = folder();
    const store = createFileSecretStore(dir);
    fs.writeFileSync(store.file, '{"k": "v"', { mode: 0o600 });
    await expect(store.get('k')).rejects.toThrow(/damaged/);
    fs.writeFileSync(store.file, '[1,2]', { mode: 0o600 });
    await expect(store.get('k')).rejects.toThrow(/not a Callmark secrets file/);
    await store.set('k', 'v2');
    expect(await store.get('k')).toBe('v2');
  });

  it('reads the first version’s bare map', async () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'secrets.json'), JSON.stringify({ k: 'old-format' }), { mode: 0o600 });
    expect(await createFileSecretStore(dir).get('k')).toBe('old-format');
  });

  it('describes itself as a user-only file, with the reason when one is given', async () => {
    const dir = folder();
    const info = await createFileSecretStore(dir, { reason: 'No keyring is available.' }).describe();
    expect(info.protection).toBe('user-only-file');
    expect(info.where).toContain(path.join(dir, 'secrets.json'));
    expect(info.where).toContain('not encrypted');
    expect(info.where).toContain('No keyring is available.');
  });

  it('refuses secret names that are not plain keys', async () => {
    const store = createFileSecretStore(folder());
    await expect(store.set('../x', 'v')).rejects.toThrow(/Not a valid secret name/);
    await expect(store.get('a b')).rejects.toThrow(/Not a valid secret name/);
  });
});
