import fs from 'node:fs';
import path from 'node:path';

const LOCK_FILE = 'callmark.lock';
/** Locks this process holds: a second service on the same folder in one process is refused too. */
const heldHere = new Set<string>();

/**
 * One backend per data folder: two (the desktop app and a browser host, or two
 * app instances) would run two outbox drainers and importers on one database.
 * The lock names its process; a lock left by a process that no longer runs (a
 * crash, a power cut) is taken over.
 */
export function lockDataFolder(dataFolder: string): () => void {
  const file = path.join(dataFolder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
      heldHere.add(file);
      return () => {
        heldHere.delete(file);
        fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(file, 'utf8').trim());
      const held = holder === process.pid ? heldHere.has(file) : Number.isInteger(holder) && holder > 0 && isRunning(holder);
      if (held) {
        throw new Error(`Callmark is already running with the data folder ${dataFolder} (process ${holder}). Close it first.`, { cause: error });
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataFolder}.`);
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
