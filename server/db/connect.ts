import fs from 'node:fs';
import postgres from 'postgres';
import type { DatabaseConfig } from '../config/schema';

export type Sql = postgres.Sql;
/** A transaction's handle: the same tagged template, bound to one connection. */
export type Tx = postgres.TransactionSql;
/** Either: store functions run alone or inside a caller's transaction. */
export type Db = Sql | Tx;

/**
 * One pool per process. `synchronous_commit=on` is set per connection, not
 * trusted from postgresql.conf: the push answers 2xx only after COMMIT, and
 * that promise holds only if COMMIT waits for the WAL to be flushed.
 */
export function connect(config: DatabaseConfig): Sql {
  const password = config.passwordFile ? fs.readFileSync(config.passwordFile, 'utf8').trim() : undefined;
  const options: postgres.Options<Record<string, postgres.PostgresType>> = {
    max: config.maxConnections,
    connect_timeout: config.connectTimeoutSeconds,
    idle_timeout: 60,
    ssl: config.ssl,
    onnotice: () => undefined,
    // lock_timeout: a pull waits this long for pushes in flight (and a push for a pull) before answering 503.
    connection: { application_name: 'callmark-server', synchronous_commit: 'on', lock_timeout: config.lockTimeoutMs },
    ...(password === undefined ? {} : { password }),
  };
  return config.url ? postgres(config.url, options) : postgres(options);
}

/** Connection loss, a server shutting down or restarting, too many clients: worth a retry, not a bug. */
export function isTransientDatabaseError(error: unknown): boolean {
  const e = error as { code?: unknown; errno?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (/^(08|57P|53)/.test(code) || code === '40001' || code === '40P01' || code === '55P03') return true;
  // postgres.js's own connection errors, and Node's socket errors.
  return ['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'ETIMEDOUT', 'ENOENT'].includes(code);
}
