import type { AnyDocumentKind } from '../shared/sync/kinds';
import type { ServerConfig } from './config/schema';
import type { ServerContext } from './context';
import { connect } from './db/connect';
import { SchemaError, schemaState } from './db/migrate';
import { migrations } from './db/migrations';
import { createServerKinds } from './documents/kinds';
import { createRateLimiter } from './http/rate-limit';
import type { Route } from './http/route';
import { healthRoutes } from './http/routes/health';
import { pullRoute } from './http/routes/pull';
import { pushRoute } from './http/routes/push';
import { pushBatchRoute } from './http/routes/push-batch';
import { listen, type Listening } from './http/server';
import type { Logger } from './log';

/** Every endpoint, in one list. */
const routesOf = (ctx: ServerContext): Route[] => [...healthRoutes(ctx), pushRoute(ctx), pushBatchRoute(ctx), pullRoute(ctx)];

export interface TeamServerOptions {
  config: ServerConfig;
  log: Logger;
  now?: () => Date;
  /** The kinds accepted (default: the shared registry, DOCUMENT_KINDS). Tests add a test-only kind. */
  kinds?: readonly AnyDocumentKind[];
}

export interface TeamServer extends Listening {
  /** Base URL of the push endpoint, what a desktop server target is set to. */
  documentsUrl: string;
  /** Graceful stop: finish requests in flight (up to `shutdownGraceSeconds`), then close the database pool. */
  close(): Promise<void>;
}

/**
 * Starts the team server: checks that the schema is current (it never
 * migrates by itself: `callmark-server migrate` does, once, deliberately),
 * warns when PostgreSQL could lose acknowledged commits, and listens.
 */
export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const now = options.now ?? (() => new Date());
  const sql = connect(options.config.database);
  try {
    const { pending } = await schemaState(sql, migrations);
    if (pending.length) throw new SchemaError(`The database schema is not current (${pending.length} migration(s) pending): run "callmark-server migrate" first.`);
    const [settings] = await sql<{ fsync: string }[]>`SELECT current_setting('fsync') AS fsync`;
    if (settings?.fsync !== 'on') options.log.warn('database.unsafe', { message: 'PostgreSQL runs with fsync=off: a power cut can lose documents this server acknowledged.' });
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }
  const ctx: ServerContext = {
    sql,
    config: options.config,
    log: options.log,
    now,
    limiter: createRateLimiter({ ...options.config.rateLimit, now: () => now().getTime() }),
    kinds: createServerKinds(options.kinds),
  };
  const listening = await listen(ctx, routesOf(ctx));
  options.log.info('server.listening', { url: listening.origin, tls: Boolean(options.config.tls) });
  return {
    ...listening,
    documentsUrl: `${listening.origin}/v1/documents`,
    async close() {
      options.log.info('server.stopping', {});
      const { cut } = await listening.shutdown(options.config.shutdownGraceSeconds * 1000);
      if (cut) options.log.warn('server.cut_requests', { count: cut, message: `${cut} request(s) did not finish within the grace period.` });
      await sql.end({ timeout: 5 });
      options.log.info('server.stopped', {});
    },
  };
}
