import postgres from 'postgres';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTeamServer, type TeamServer } from '../../../server/app';
import type { AnyDocumentKind } from '../../../shared/sync/kinds';
import { ServerConfig } from '../../../server/config/schema';
import { applyMigrations } from '../../../server/db/migrate';
import { migrations } from '../../../server/db/migrations';
import { createLogger } from '../../../server/log';
import { startCluster, type Cluster } from './postgres';
import { randomUUID } from 'node:crypto';
import { cli } from './cli';

const TEMPLATE = 'callmark_migrated';

export interface LogLine {
  time: string;
  level: string;
  event: string;
  [field: string]: unknown;
}

/**
 * The test file's PostgreSQL cluster (one per file: initdb takes a while),
 * with a database migrated once as a template; each test gets a fresh
 * database copied from it and its own team server, closed after the test.
 */
export function teamServerCluster() {
  let cluster: Cluster | null = null;
  const opened: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    cluster = await startCluster();
    await cluster.createDatabase(TEMPLATE);
    const sql = postgres(cluster.url(TEMPLATE), { max: 1, onnotice: () => undefined });
    await applyMigrations(sql, migrations);
    await sql.end();
  }, 120_000);
  afterEach(async () => {
    for (const o of opened.splice(0).reverse()) await o.close();
  });
  afterAll(async () => {
    await cluster?.destroy();
  });

  const the = () => {
    if (!cluster) throw new Error('the cluster did not start');
    return cluster;
  };

  return {
    cluster: the,
    /** A migrated database of its own: its URL. */
    async database(): Promise<string> {
      return the().url(await the().createDatabase(`t_${randomUUID().replace(/-/g, '')}`, TEMPLATE));
    },
    /** A team server on a fresh database, listening on 127.0.0.1 on a free port. */
    async open(options: { config?: Record<string, unknown>; now?: () => Date; databaseUrl?: string; kinds?: readonly AnyDocumentKind[] } = {}) {
      const databaseUrl = options.databaseUrl ?? (await this.database());
      const logs: LogLine[] = [];
      const config = ServerConfig.parse({ listen: { host: '127.0.0.1', port: 0 }, database: { url: databaseUrl, maxConnections: 8 }, ...options.config });
      const sql = postgres(databaseUrl, { max: 2, onnotice: () => undefined });
      const server: TeamServer = await startTeamServer({
        config,
        log: createLogger((line) => logs.push(JSON.parse(line) as LogLine)),
        ...(options.now ? { now: options.now } : {}),
        ...(options.kinds ? { kinds: options.kinds } : {}),
      });
      const handle = {
        server,
        url: server.documentsUrl,
        databaseUrl,
        /** A direct connection to the server's database, for checking what is stored. */
        sql,
        logs,
        refusals: () => logs.filter((l) => l.event === 'request.refused'),
        /** `callmark-server create-user`, run in-process: returns the printed token. */
        createUser: (name: string, role: 'reviewer' | 'team_leader' | 'admin', teams: string[] = [], extra: string[] = []) =>
          cli(databaseUrl, ['create-user', '--name', name, '--role', role, ...teams.flatMap((t) => ['--team', t]), ...extra]).then((r) => {
            if (r.code !== 0) throw new Error(r.err);
            return r.out.trim();
          }),
        cli: (argv: string[]) => cli(databaseUrl, argv),
        async close() {
          await server.close();
          await sql.end({ timeout: 1 });
        },
      };
      opened.push(handle);
      return handle;
    },
  };
}
export type TeamServerHandle = Awaited<ReturnType<ReturnType<typeof teamServerCluster>['open']>>;
