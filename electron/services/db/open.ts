import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { applyMigrations } from './migrate';
import { migrations } from './migrations';
import { lockDataFolder } from './lock';

export const DATABASE_FILE = 'callmark.sqlite';

export interface OpenedDatabase {
  db: Database.Database;
  path: string;
  /** Where a damaged database was moved at this start, so the app can say so. */
  recoveredFrom: string | null;
  /** Closes the database and lets another backend open the folder. */
  close(): void;
}

/**
 * Opens (or creates) the database in the data folder. A file that is not a
 * database or fails `quick_check` is moved aside, never silently replaced:
 * the user's data may still be recoverable from it.
 */
export function openDatabase(dataFolder: string, now: () => Date = () => new Date()): OpenedDatabase {
  fs.mkdirSync(dataFolder, { recursive: true, mode: 0o700 });
  makePrivate(dataFolder);
  const unlock = lockDataFolder(dataFolder);
  try {
    const file = path.join(dataFolder, DATABASE_FILE);
    let recoveredFrom: string | null = null;
    let db: Database.Database;
    try {
      db = connect(file);
    } catch (error) {
      if (!isCorruption(error)) throw error;
      recoveredFrom = moveAside(file, now());
      console.error(`callmark: the database ${file} is damaged (${describe(error)}); moved it to ${recoveredFrom} and started a new one.`);
      db = connect(file);
    }
    try {
      applyMigrations(db, migrations);
    } catch (error) {
      db.close();
      throw error;
    }
    const opened = db;
    return { db: opened, path: file, recoveredFrom, close: () => (opened.close(), unlock()) };
  } catch (error) {
    unlock();
    throw error;
  }
}

/**
 * Customer names and notes are personal data: the data folder is this user's
 * alone (0700) and so is every file and folder Callmark keeps in it (0600,
 * 0700), set at every start, not only when the folder is new: a folder made
 * by an older version, restored from a backup or unpacked from an archive
 * may be wider. Links are left alone (chmod would follow them out of the
 * folder). Windows has no such modes; the per-user folder's ACL does the job.
 */
function makePrivate(dataFolder: string): void {
  if (process.platform === 'win32') return;
  const entries = [{ target: dataFolder, mode: 0o700 }];
  for (const entry of fs.readdirSync(dataFolder, { withFileTypes: true })) {
    if (entry.isFile()) entries.push({ target: path.join(dataFolder, entry.name), mode: 0o600 });
    else if (entry.isDirectory()) entries.push({ target: path.join(dataFolder, entry.name), mode: 0o700 });
  }
  for (const { target, mode } of entries) {
    try {
      fs.chmodSync(target, mode);
    } catch (error) {
      // A file system without modes (FAT, some network mounts) or a file of another account: say so, keep going.
      console.error(`callmark: could not make ${target} private (${describe(error)}).`);
    }
  }
}

function connect(file: string): Database.Database {
  // Created private before SQLite opens it: SQLite gives the -wal and -shm files the database file's mode.
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  const db = new Database(file);
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CorruptDatabaseError(`quick_check reported: ${String(check)}`);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`could not switch the database to WAL mode (got ${String(mode)})`);
    // FULL: in WAL mode NORMAL may lose the last commits on power loss; a saved answer must survive it.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

class CorruptDatabaseError extends Error {}

function isCorruption(error: unknown): boolean {
  if (error instanceof CorruptDatabaseError) return true;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

function moveAside(file: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.corrupt-${stamp}`;
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
