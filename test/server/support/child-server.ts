import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { tempFolder } from '../../support/service';
import type { LogLine } from './team-server';

const BIN = path.resolve(import.meta.dirname, '../../../server/bin/callmark-server.ts');

/**
 * `callmark-server serve` as its own process, as systemd runs it: so a test
 * can SIGKILL it mid-request or SIGTERM it and watch it finish. Its JSON log
 * lines are collected; `nextLog` waits for one (an event, not a sleep).
 * `collect: 'startup'` (the bench) reads but does not parse the lines after
 * it listens: parsing a line per request in the measuring process is the
 * harness's work, not the server's.
 */
export async function spawnServer(databaseUrl: string, config: Record<string, unknown> = {}, options: { collect?: 'all' | 'startup' } = {}) {
  const file = path.join(tempFolder('callmark-server-config-'), 'config.json');
  fs.writeFileSync(file, JSON.stringify({ listen: { host: '127.0.0.1', port: 0 }, database: { url: databaseUrl }, ...config }));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', BIN, 'serve', '--config', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: LogLine[] = [];
  let stderr = '';
  let waiters: { match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  let listened = false;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (listened && options.collect === 'startup') return;
    const entry = JSON.parse(line) as LogLine;
    listened ||= entry.event === 'server.listening';
    logs.push(entry);
    const ready = waiters.filter((w) => w.match(entry));
    waiters = waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(entry);
  });
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const nextLog = (match: (l: LogLine) => boolean): Promise<LogLine> => {
    const seen = logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      waiters.push({ match, resolve });
      void exited.then(({ code, signal }) => reject(new Error(`the server exited (${code ?? signal}) before logging that: ${stderr}`)));
    });
  };
  const listening = await nextLog((l) => l.event === 'server.listening');
  const origin = String(listening.url);
  return {
    origin,
    url: `${origin}/v1/documents`,
    logs,
    nextLog,
    exited,
    signal: (name: NodeJS.Signals) => child.kill(name),
    /** Ends it if a test left it running. */
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
