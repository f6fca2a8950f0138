import postgres from 'postgres';
import { startTeamServer } from '../../../server/app';
import { ServerConfig } from '../../../server/config/schema';
import { applyMigrations } from '../../../server/db/migrate';
import { migrations } from '../../../server/db/migrations';
import { createLogger } from '../../../server/log';
import { cli } from '../../server/support/cli';
import { postgresMissing, startCluster } from '../../server/support/postgres';

export { postgresMissing };

export interface RunningTeamServer {
  /** The push and pull URL a desktop target is given. */
  url: string;
  /** `callmark-server create-user`: the printed token. */
  createUser(name: string, role: 'reviewer' | 'team_leader' | 'admin', teams: string[]): Promise<string>;
  /** The refusals the server logged, with their reasons. */
  refusals(): { reason?: unknown; user?: unknown }[];
  close(): Promise<void>;
}

/**
 * A real team server for a browser test: a private PostgreSQL cluster (the
 * one test/server uses: initdb in a temporary folder, a loopback port),
 * migrated, and `startTeamServer` on 127.0.0.1. Everything is removed by
 * `close`.
 */
export async function startTeamServerOnPostgres(): Promise<RunningTeamServer> {
  const cluster = await startCluster();
  try {
    const databaseUrl = cluster.url(await cluster.createDatabase('callmark_e2e'));
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
    await applyMigrations(sql, migrations).finally(() => sql.end());
    const logs: Record<string, unknown>[] = [];
    const server = await startTeamServer({
      config: ServerConfig.parse({ listen: { host: '127.0.0.1', port: 0 }, database: { url: databaseUrl, maxConnections: 4 } }),
      log: createLogger((line) => logs.push(JSON.parse(line) as Record<string, unknown>)),
    });
    return {
      url: server.documentsUrl,
      async createUser(name, role, teams) {
        const made = await cli(databaseUrl, ['create-user', '--name', name, '--role', role, ...teams.flatMap((t) => ['--team', t])]);
        if (made.code !== 0) throw new Error(made.err);
        return made.out.trim();
      },
      refusals: () => logs.filter((l) => l.event === 'request.refused'),
      async close() {
        await server.close();
        await cluster.destroy();
      },
    };
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
}
