import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { printRows } from './harness';

const RUNS = 5;
const repoRoot = path.resolve(import.meta.dirname, '..');

/** Milliseconds from spawning `command` until it prints a line matching `ready`; then it is stopped. */
function timeToLine(command: string, args: string[], ready: RegExp, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        resolve(Number(process.hrtime.bigint() - started) / 1e6);
        child.kill('SIGTERM');
      }
    });
    child.once('exit', () => reject(new Error(`no ready line from ${command}:\n${output}`)));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Issue 11's start target: `./callmark start` on a machine without Electron reaches its URL in under 2 s when nothing
 * changed since the last start (no page rebuild). Beside it, the raw limit: a bare Node process that listens on
 * 127.0.0.1 and prints a line, in the same run. The first start (which may build) is not counted.
 */
export async function benchStart(): Promise<void> {
  const dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-bench-start-'));
  const env = { ...process.env, CI: '', ELECTRON_OVERRIDE_DIST_PATH: fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-no-electron-')) };
  const start = () => timeToLine(path.join(repoRoot, 'callmark'), ['start', '--data-dir', dataFolder], /CALLMARK_HOST_READY/, env);
  const bare = () =>
    timeToLine(process.execPath, ['-e', "require('node:http').createServer().listen(0, '127.0.0.1', () => console.log('listening'))"], /listening/);
  await start();
  const starts: number[] = [];
  const bares: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    starts.push(await start());
    bares.push(await bare());
  }
  printRows('Start (browser host, nothing changed)', [
    { name: `./callmark start to the URL, median of ${RUNS} (target: under 2000 ms)`, value: median(starts), unit: 'ms', limit: { label: 'bare node listening on 127.0.0.1', value: median(bares) } },
  ]);
}
