import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

/**
 * Files derived from a recording (its decoded copy, its waveform peaks), kept in
 * one folder of the data folder and named by the recording's SHA-256. Each is
 * made once however many callers wait for it, written to a temporary name and
 * renamed (a crash never leaves half a file under the real name), rebuilt when
 * missing, and pruned when no recording refers to it any more.
 */
export function createDerivedFiles(dir: string, extension: string) {
  const inFlight = new Map<string, Promise<string>>();
  let closed = false;
  const pathFor = (sha256: string) => path.join(dir, `${sha256}${extension}`);

  return {
    dir,
    pathFor,
    isClosed: () => closed,
    /**
     * The file for `sha256`: the existing one when `usable` says so, else made now by `make`, which writes the
     * temporary path it is given. A failed `make` leaves nothing behind.
     */
    ensure(sha256: string, usable: (file: string) => Promise<boolean>, make: (temp: string) => Promise<void>): Promise<string> {
      const running = inFlight.get(sha256);
      if (running) return running;
      const target = pathFor(sha256);
      const job = (async () => {
        if (await usable(target)) return target;
        if (closed) throw new Error('Callmark is closing');
        await fsp.mkdir(dir, { recursive: true });
        const temp = `${target}.tmp-${randomBytes(6).toString('hex')}`;
        try {
          await make(temp);
          await fsp.rename(temp, target);
        } catch (error) {
          await fsp.rm(temp, { force: true });
          throw error;
        }
        return target;
      })().finally(() => inFlight.delete(sha256));
      inFlight.set(sha256, job);
      return job;
    },
    /**
     * Removes files no recording refers to, and temporary files a crash left behind. Best-effort: it runs after
     * changes that are already saved (and at start-up), so an entry it cannot remove is logged and left for the next
     * time, never thrown.
     */
    prune(keep: Set<string>): void {
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        const sha = /^([0-9a-f]{64})\./.exec(name)?.[1];
        if (sha && inFlight.has(sha)) continue; // being made now, temporary file included
        if (sha && name === `${sha}${extension}` && keep.has(sha)) continue;
        try {
          fs.rmSync(path.join(dir, name), { force: true });
        } catch (error) {
          console.error(`callmark: could not remove ${name} from the media cache ${dir}`, error);
        }
      }
    },
    async close(): Promise<void> {
      closed = true;
      await Promise.allSettled([...inFlight.values()]);
    },
  };
}
export type DerivedFiles = ReturnType<typeof createDerivedFiles>;
