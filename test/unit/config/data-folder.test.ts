import { describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { resolveDataFolder } from '../../../electron/config/data-folder';

describe('data folder', () => {
  it('takes --data-dir first, in both spellings', () => {
    expect(resolveDataFolder(['node', 'x', '--data-dir', '/tmp/a'], { CALLMARK_DATA_DIR: '/tmp/b' })).toBe('/tmp/a');
    expect(resolveDataFolder(['node', 'x', '--data-dir=/tmp/c'], {})).toBe('/tmp/c');
  });

  it('then CALLMARK_DATA_DIR, made absolute', () => {
    expect(resolveDataFolder(['node'], { CALLMARK_DATA_DIR: 'rel/dir' })).toBe(path.resolve('rel/dir'));
  });

  it('else the per-user app-data folder Electron would use', () => {
    const expected =
      process.platform === 'linux' ? path.join(os.homedir(), '.config', 'Callmark') : path.join('x', 'Callmark');
    if (process.platform === 'linux') expect(resolveDataFolder(['node'], {})).toBe(expected);
    expect(resolveDataFolder(['node'], { XDG_CONFIG_HOME: '/xdg' })).toBe(process.platform === 'linux' ? '/xdg/Callmark' : resolveDataFolder(['node'], {}));
  });

  it('refuses a --data-dir without a folder', () => {
    expect(() => resolveDataFolder(['node', '--data-dir'], {})).toThrow(/needs a folder/);
  });
});
