import { z } from 'zod';
import { isLoopbackHost } from './loopback';

/**
 * The server's configuration: a JSON file (`--config`, or CALLMARK_SERVER_CONFIG),
 * with a few environment overrides (see ./load.ts). Every field is checked
 * here, once, so a typo stops the start with the field's name instead of
 * surfacing as a strange failure at the first request.
 */
const Port = z.number().int().min(0).max(65_535);

export const TlsConfig = z
  .object({
    certFile: z.string().min(1, { message: 'is required: the PEM certificate (chain) file' }),
    keyFile: z.string().min(1, { message: 'is required: the PEM private key file' }),
  })
  .strict();

export const DatabaseConfig = z
  .object({
    /** A postgres:// URL. Omitted: the PG* environment variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) apply. */
    url: z.string().min(1).optional(),
    /** Read the password from this file (mode 0600) rather than the URL or PGPASSWORD. */
    passwordFile: z.string().min(1).optional(),
    maxConnections: z.number().int().min(1).max(200).default(10),
    /** `true` or `require` for TLS to PostgreSQL; `verify-full` checks its certificate. */
    ssl: z.union([z.boolean(), z.enum(['require', 'prefer', 'verify-full'])]).default(false),
    connectTimeoutSeconds: z.number().int().min(1).max(120).default(10),
    /** Any statement waits at most this long for a lock: a pull for pushes in flight to commit (see store/documents.ts). */
    lockTimeoutMs: z.number().int().min(100).max(60_000).default(10_000),
  })
  .strict();
export type DatabaseConfig = z.infer<typeof DatabaseConfig>;

export const RateLimitConfig = z
  .object({
    /** Requests a token may make in a burst. */
    burst: z.number().int().min(1).default(120),
    /** Refill per second once the burst is spent. */
    perSecond: z.number().positive().default(20),
  })
  .strict();
export type RateLimitConfig = z.infer<typeof RateLimitConfig>;

export const ServerConfig = z
  .object({
    listen: z
      .object({ host: z.string().min(1).default('127.0.0.1'), port: Port.default(8443) })
      .strict()
      .default({ host: '127.0.0.1', port: 8443 }),
    tls: TlsConfig.optional(),
    database: DatabaseConfig.default(DatabaseConfig.parse({})),
    /** The folder import reads files of at most 5 MB; a pushed document gets the same limit. */
    maxBodyBytes: z.number().int().min(1024).max(64 * 1024 * 1024).default(5 * 1024 * 1024),
    /** A batch push (POST /v1/documents/batch): documents per request, and the whole body's size; each document still gets `maxBodyBytes`. */
    batch: z
      .object({ maxDocuments: z.number().int().min(1).max(1000).default(100), maxBodyBytes: z.number().int().min(1024).max(256 * 1024 * 1024).default(32 * 1024 * 1024) })
      .strict()
      .default({ maxDocuments: 100, maxBodyBytes: 32 * 1024 * 1024 }),
    rateLimit: RateLimitConfig.default(RateLimitConfig.parse({})),
    pull: z
      .object({ defaultLimit: z.number().int().min(1).max(1000).default(100), maxLimit: z.number().int().min(1).max(1000).default(500) })
      .strict()
      .default({ defaultLimit: 100, maxLimit: 500 }),
    /** On SIGTERM, requests in flight get this long to finish before the process exits anyway. */
    shutdownGraceSeconds: z.number().int().min(1).max(600).default(30),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (!config.tls && !isLoopbackHost(config.listen.host)) {
      ctx.addIssue({
        code: 'custom',
        path: ['tls'],
        message: `is required to listen on ${config.listen.host}: plain HTTP is allowed only on loopback (127.0.0.1, ::1, localhost). Set tls.certFile and tls.keyFile, or listen on 127.0.0.1 behind a TLS proxy.`,
      });
    }
    if (config.pull.defaultLimit > config.pull.maxLimit) {
      ctx.addIssue({ code: 'custom', path: ['pull', 'defaultLimit'], message: 'must not exceed pull.maxLimit' });
    }
  });
export type ServerConfig = z.infer<typeof ServerConfig>;
