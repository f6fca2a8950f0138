import fs from 'node:fs';
import path from 'node:path';
import { processStartedAt } from './process-start';

const LOCK_FILE = 'callmark.lock';
/** Locks this process holds: a second service on the same folder in one process is refused too. */
const heldHere = new Set<string>();
/** Start times are read at 10 ms (Linux) or 1 s (ps) precision: within this, it is the same process. */
const SAME_START_MS = 1500;

/** What a lock file says about its holder. Before 0.2 it held the bare PID; now also when that process started. */
interface LockRecord {
  pid: number;
  /** Epoch ms; null in a lock written by an older Callmark. */
  startedAt: number | null;
  /** When the lock file was written (its modification time). */
  writtenAt: number;
}

/**
 * One backend per data folder: two (the desktop app and a browser host, or two
 * app instances) would run two outbox drainers and importers on one database.
 * The lock names its process and when that process started. A lock is taken
 * over when its holder is not running any more (a crash, a power cut) and
 * also when its PID now belongs to another process: after a reboot the PID in
 * a stale lock is soon reused, and refusing to start because some unrelated
 * program has that number would strand the user.
 */
export function lockDataFolder(dataFolder: string): () => void {
  const file = path.join(dataFolder, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file)) {
      heldHere.add(file);
      return () => {
        heldHere.delete(file);
        fs.rmSync(file, { force: true });
      };
    }
    const holder = readLock(file);
    if (holder && isHeld(file, holder)) {
      throw new Error(`Callmark is already running with the data folder ${dataFolder} (process ${holder.pid}). Close it first.`);
    }
    setAside(file, holder);
  }
  throw new Error(`Could not lock the data folder ${dataFolder}: another Callmark keeps taking the lock.`);
}

/** Written whole under a temporary name and linked into place, so no one ever reads a half-written lock. */
function tryCreate(file: string): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  const started = processStartedAt(process.pid);
  fs.writeFileSync(temp, JSON.stringify({ app: 'callmark', pid: process.pid, startedAt: started }), { mode: 0o600 });
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function readLock(file: string): LockRecord | null {
  let text: string;
  let writtenAt: number;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
    writtenAt = fs.statSync(file).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (/^[0-9]+$/.test(text)) return { pid: Number(text), startedAt: null, writtenAt };
  try {
    const parsed = JSON.parse(text) as { pid?: unknown; startedAt?: unknown };
    if (!Number.isSafeInteger(parsed.pid) || (parsed.pid as number) <= 0) return null;
    return { pid: parsed.pid as number, startedAt: typeof parsed.startedAt === 'number' ? parsed.startedAt : null, writtenAt };
  } catch {
    // A damaged lock names no one.
    return null;
  }
}

/**
 * Whether the lock's holder is the running process it names. A process whose
 * start time is not the recorded one is another program that got the PID; in
 * a lock of an older Callmark (no start time), a process that started after
 * the lock was written cannot have written it.
 */
function isHeld(file: string, holder: LockRecord): boolean {
  if (holder.pid === process.pid) return heldHere.has(file);
  if (!isRunning(holder.pid)) return false;
  const started = processStartedAt(holder.pid);
  // Cannot tell (no /proc, no ps): a running process with that PID is taken to be the holder.
  if (started === null) return true;
  if (holder.startedAt !== null) return Math.abs(started - holder.startedAt) <= SAME_START_MS;
  return started <= holder.writtenAt + SAME_START_MS;
}

/**
 * Moves a stale lock out of the way. Two Callmarks starting at once may both
 * judge it stale: the lock is renamed aside first and checked to be the one
 * judged, so neither removes the fresh lock the other has just taken.
 */
function setAside(file: string, judged: LockRecord | null): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readLock(aside);
  if (moved && judged && (moved.pid !== judged.pid || moved.startedAt !== judged.startedAt)) {
    // Someone else's fresh lock: put it back, unless yet another took the name meanwhile.
    try {
      fs.linkSync(aside, file);
    } catch {
      // The name is taken again: whoever holds it now is judged at the next attempt.
    }
  }
  fs.rmSync(aside, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
