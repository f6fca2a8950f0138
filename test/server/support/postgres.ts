import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

/**
 * A private PostgreSQL cluster for one test file: `initdb` in a temporary
 * folder, `pg_ctl` on a free loopback port with its unix socket in that
 * folder, removed after. The binaries come from CALLMARK_PG_BIN, PATH, or
 * Debian's /usr/lib/postgresql/<version>/bin (newest first). PostgreSQL
 * refuses to run as root, so under root (CI) the cluster runs as the
 * `postgres` user that Debian's package creates.
 */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | null {
  const has = (dir: string) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'));
  if (env.CALLMARK_PG_BIN && has(env.CALLMARK_PG_BIN)) return env.CALLMARK_PG_BIN;
  // Through links to the real folder (some machines link only initdb and pg_ctl into /usr/local/bin): pg_dump is beside them there.
  for (const dir of (env.PATH ?? '').split(path.delimiter)) if (dir && has(dir)) return path.dirname(fs.realpathSync(path.join(dir, 'initdb')));
  const debian = '/usr/lib/postgresql';
  if (!fs.existsSync(debian)) return null;
  const versions = fs
    .readdirSync(debian)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (has(path.join(debian, v, 'bin'))) return path.join(debian, v, 'bin');
  return null;
}

export const postgresBin = findPostgresBin();
export const postgresMissing = postgresBin
  ? null
  : 'PostgreSQL binaries (initdb, pg_ctl) not found on PATH, in CALLMARK_PG_BIN or under /usr/lib/postgresql/*/bin: install Debian\'s "postgresql" package (.ci/run does). The team server tests are skipped.';
// vitest's reporter does not print why a suite was skipped: say it where CI logs show it.
if (postgresMissing) console.log(postgresMissing);

/** Root may not run PostgreSQL: run it as the `postgres` user, which must own the folder. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('Running as root, and there is no "postgres" user to run the test cluster as.');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Cluster {
  port: number;
  folder: string;
  /** A postgres:// URL for a database of this cluster. */
  url(database: string): string;
  /** An admin connection to the `postgres` database (closed with the cluster). */
  admin: postgres.Sql;
  createDatabase(name?: string, template?: string): Promise<string>;
  /** `pg_ctl stop -m fast`: the server's connections are cut, as in a restart or failover. */
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** `settings`: postgresql.conf values for this cluster (the bench gives PostgreSQL more memory than tests need). */
export async function startCluster(settings: Record<string, string> = {}): Promise<Cluster> {
  if (!postgresBin) throw new Error(postgresMissing!);
  const bin = (name: string) => path.join(postgresBin, name);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-pg-'));
  const data = path.join(folder, 'data');
  const owner = runAs();
  if (owner) fs.chownSync(folder, owner.uid, owner.gid);
  const run = (file: string, args: string[]) => {
    const result = spawnSync(file, args, { cwd: folder, encoding: 'utf8', ...(owner ?? {}) });
    if (result.status !== 0) throw new Error(`${path.basename(file)} failed (${result.status}): ${result.stderr || result.stdout}`);
  };
  run(bin('initdb'), ['-D', data, '-U', 'callmark', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const conf = { listen_addresses: '127.0.0.1', shared_buffers: '32MB', max_connections: '60', ...settings };
  const options = [`-p ${port}`, `-k ${folder}`, ...Object.entries(conf).map(([k, v]) => `-c ${k}=${v}`)].join(' ');
  const log = path.join(folder, 'postgres.log');
  // Asynchronous, so servers and clients in this process keep running (and failing) while the database stops and starts.
  const pgCtl = async (args: string[]) => {
    await promisify(execFile)(bin('pg_ctl'), ['-D', data, ...args], { cwd: folder, ...(owner ?? {}) });
  };
  const start = () => pgCtl(['-l', log, '-o', options, '-w', '-t', '60', 'start']);
  await start();
  const url = (database: string) => `postgres://callmark@127.0.0.1:${port}/${database}`;
  const admin = postgres(url('postgres'), { max: 2, onnotice: () => undefined });
  let counter = 0;
  return {
    port,
    folder,
    url,
    admin,
    async createDatabase(name = `t${++counter}`, template?: string) {
      await admin.unsafe(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
      return name;
    },
    stop: () => pgCtl(['-m', 'fast', '-w', 'stop']),
    start,
    async destroy() {
      await admin.end({ timeout: 1 }).catch(() => undefined);
      spawnSync(bin('pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], { cwd: folder, ...(owner ?? {}) });
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
