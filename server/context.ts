import type { ServerConfig } from './config/schema';
import type { Sql } from './db/connect';
import type { ServerKinds } from './documents/kinds';
import type { RateLimiter } from './http/rate-limit';
import type { Logger } from './log';

/** What every part of a running server shares. Clocks and ids are injected, so tests control them. */
export interface ServerContext {
  sql: Sql;
  config: ServerConfig;
  log: Logger;
  now: () => Date;
  limiter: RateLimiter;
  /** The document kinds it accepts: the shared registry's. */
  kinds: ServerKinds;
}
