import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataFolder } from '../../../electron/services/db/lock';
import { tempFolder } from '../../support/service';

/**
 * The data folder's lock (electron/services/db/lock.ts) against what really
 * happens after a crash or a reboot: the PID in a stale lock belongs to some
 * other program by the time Callmark starts again.
 */
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Another program, running: it has a PID, and it is not Callmark. */
async function someOtherProgram(): Promise<number> {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  started.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child.pid!;
}

const lockFile = (folder: string) => path.join(folder, 'callmark.lock');
const anHourAgo = () => new Date(Date.now() - 3600_000);

describe('the data folder lock', () => {
  it('is taken over when the PID of an older Callmark’s lock now belongs to a program that started after it', async () => {
    const folder = tempFolder('callmark-lock-');
    const pid = await someOtherProgram();
    fs.writeFileSync(lockFile(folder), String(pid));
    fs.utimesSync(lockFile(folder), anHourAgo(), anHourAgo());
    const release = lockDataFolder(folder);
    expect(JSON.parse(fs.readFileSync(lockFile(folder), 'utf8'))).toMatchObject({ app: 'callmark', pid: process.pid, startedAt: expect.any(Number) });
    release();
    expect(fs.existsSync(lockFile(folder))).toBe(false);
  });

  it('is taken over when the process with its PID did not start when the lock says its holder did', async () => {
    const folder = tempFolder('callmark-lock-');
    const pid = await someOtherProgram();
    fs.writeFileSync(lockFile(folder), JSON.stringify({ app: 'callmark', pid, startedAt: anHourAgo().getTime() }));
    lockDataFolder(folder)();
  });

  it('is refused while its holder runs, and taken over once the holder was killed', async () => {
    const folder = tempFolder('callmark-lock-');
    const holder = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'support', 'lock-holder.ts'), folder], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    started.push(holder);
    await new Promise<void>((resolve) => holder.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('LOCKED') && resolve()));
    expect(() => lockDataFolder(folder)).toThrow(new RegExp(`already running with the data folder .* \\(process ${holder.pid}\\)`));
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    lockDataFolder(folder)();
  });

  it('never leaves a half-written lock for another Callmark to misread', () => {
    const folder = tempFolder('callmark-lock-');
    const release = lockDataFolder(folder);
    expect(fs.readdirSync(folder)).toEqual(['callmark.lock']);
    expect(() => lockDataFolder(folder)).toThrow(/already running/);
    release();
  });
});
