import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface StartedHost {
  /** The app URL including its `#token=`. */
  url: string;
  dataFolder: string;
  process: ChildProcess;
  /** Graceful stop (SIGTERM), waits for exit. */
  stop(): Promise<void>;
  /** Hard kill (SIGKILL), as in a crash or power cut; waits for exit. */
  kill(): Promise<void>;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function newDataFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-e2e-'));
}

/**
 * Starts the real browser host (real backend, real SQLite file) as a child
 * process and waits for its READY line. Nothing is mocked.
 */
export async function startHost(opts: { dataFolder?: string; env?: Record<string, string> } = {}): Promise<StartedHost> {
  const dataFolder = opts.dataFolder ?? newDataFolder();
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/main.ts', '--data-dir', dataFolder], {
    cwd: repoRoot,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start in time:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /CALLMARK_HOST_READY (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.CALLMARK_HOST_LOG) process.stderr.write(chunk);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with code ${code}:\n${output}`));
    });
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, dataFolder, process: child, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
