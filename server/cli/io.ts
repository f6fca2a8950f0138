import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { loadConfig } from '../config/load';
import type { ServerConfig } from '../config/schema';
import { connect, type Sql } from '../db/connect';

/** What a command may touch, injected so tests run commands in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  randomBytes: (size: number) => Uint8Array;
  newId: () => string;
  /** Resolves when the process is asked to stop (SIGTERM, SIGINT); only `serve` listens, so other commands stop at Ctrl+C as usual. */
  waitForStop(): Promise<string>;
}

export const processIo = (): CliIo => ({
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  now: () => new Date(),
  randomBytes: (size) => randomBytes(size),
  newId: () => randomUUID(),
  waitForStop: () =>
    new Promise((resolve) => {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => resolve(signal));
    }),
});

/** `--config` (or CALLMARK_SERVER_CONFIG), shared by every command. */
export const ConfigOption = { config: z.string().optional() };

export function configOf(io: CliIo, file: string | undefined): ServerConfig {
  return loadConfig(file ?? io.env.CALLMARK_SERVER_CONFIG, io.env);
}

/** Runs `work` with a pool of its own, closed after. */
export async function withDatabase<T>(config: ServerConfig, work: (sql: Sql) => Promise<T>): Promise<T> {
  const sql = connect({ ...config.database, maxConnections: Math.min(config.database.maxConnections, 4) });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
