import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/services/db/open';
import { tempFolder } from '../../support/service';

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const posix = process.platform !== 'win32';

describe.runIf(posix)('the data folder is private at every start', () => {
  it('creates the database, its WAL and shared-memory files readable by this user only, whatever the umask', () => {
    const dataFolder = path.join(tempFolder(), 'Callmark');
    const previous = process.umask(0o022);
    try {
      const opened = openDatabase(dataFolder);
      opened.db.prepare('CREATE TABLE probe (x)').run();
      for (const file of ['callmark.sqlite', 'callmark.sqlite-wal', 'callmark.sqlite-shm']) expect(mode(path.join(dataFolder, file)), file).toBe(0o600);
      expect(mode(dataFolder)).toBe(0o700);
      opened.close();
    } finally {
      process.umask(previous);
    }
  });

  it('starts a damaged database’s replacement private too', () => {
    const dataFolder = tempFolder();
    const previous = process.umask(0o022);
    try {
      fs.writeFileSync(path.join(dataFolder, 'callmark.sqlite'), 'this is not an SQLite database\n'.repeat(100));
      const opened = openDatabase(dataFolder);
      expect(opened.recoveredFrom).not.toBeNull();
      expect(mode(path.join(dataFolder, 'callmark.sqlite'))).toBe(0o600);
      opened.close();
    } finally {
      process.umask(previous);
    }
  });

  it('tightens a folder and files left readable by an older version, a backup or an archive', () => {
    const dataFolder = tempFolder();
    const first = openDatabase(dataFolder);
    first.close();
    fs.chmodSync(dataFolder, 0o755);
    fs.chmodSync(path.join(dataFolder, 'callmark.sqlite'), 0o644);
    fs.writeFileSync(path.join(dataFolder, 'window-state.json'), '{}', { mode: 0o666 });
    fs.chmodSync(path.join(dataFolder, 'window-state.json'), 0o666);
    fs.mkdirSync(path.join(dataFolder, 'media-cache'), { mode: 0o755 });
    fs.chmodSync(path.join(dataFolder, 'media-cache'), 0o755);
    const outside = path.join(tempFolder(), 'shared-notes.txt');
    fs.writeFileSync(outside, 'not ours');
    fs.chmodSync(outside, 0o644);
    fs.symlinkSync(outside, path.join(dataFolder, 'link-out'));

    const second = openDatabase(dataFolder);
    try {
      expect(mode(dataFolder)).toBe(0o700);
      expect(mode(path.join(dataFolder, 'callmark.sqlite'))).toBe(0o600);
      expect(mode(path.join(dataFolder, 'window-state.json'))).toBe(0o600);
      expect(mode(path.join(dataFolder, 'media-cache'))).toBe(0o700);
      // A link is not followed out of the folder.
      expect(mode(outside)).toBe(0o644);
    } finally {
      second.close();
    }
  });
});
