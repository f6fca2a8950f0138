import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { applyMigrations } from './migrate';
import { migrations } from './migrations';

export const DATABASE_FILE = 'callmark.sqlite';

export interface OpenedDatabase {
  db: Database.Database;
  path: string;
  /** Where a damaged database was moved at this start, so the app can say so. */
  recoveredFrom: string | null;
}

/**
 * Opens (or creates) the database in the data folder. A file that is not a
 * database or fails `quick_check` is moved aside, never silently replaced:
 * the user's data may still be recoverable from it.
 */
export function openDatabase(dataFolder: string, now: () => Date = () => new Date()): OpenedDatabase {
  fs.mkdirSync(dataFolder, { recursive: true });
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
  applyMigrations(db, migrations);
  return { db, path: file, recoveredFrom };
}

function connect(file: string): Database.Database {
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
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
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
