import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';
import { afterEach } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

export interface HostProcess {
  child: ChildProcess;
  /** The URL it printed, token included. */
  url: string;
  /** Everything it wrote to stderr so far. */
  errors(): string;
  stop(): Promise<void>;
}

/** Real browser hosts (electron/host/main.ts) in child processes, each killed after the test that started it. */
export function hostProcessesStoppedAfterEach() {
  const running: HostProcess[] = [];
  afterEach(async () => {
    for (const host of running.splice(0)) await host.stop();
  });
  return async (args: string[], options: SpawnOptions = {}): Promise<HostProcess> => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/main.ts', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    let errors = '';
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    };
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /CALLMARK_HOST_READY (\S+)/.exec(output);
        if (ready?.[1]) resolve(ready[1]);
      });
      child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`the host exited (${code}):\n${output}${errors}`)));
    });
    const host = { child, url, errors: () => errors, stop };
    running.push(host);
    return host;
  };
}
