import { randomBytes, randomUUID } from 'node:crypto';
import type { CliIo } from '../../../server/cli/io';
import { main } from '../../../server/cli/main';

/** Runs a `callmark-server` command in this process against `databaseUrl`; its output, captured. */
export async function cli(databaseUrl: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: { CALLMARK_DATABASE_URL: databaseUrl, ...env },
    now: () => new Date(),
    randomBytes: (n) => randomBytes(n),
    newId: () => randomUUID(),
    waitForStop: () => new Promise(() => undefined),
  };
  const code = await main(argv, io);
  return { code, out, err };
}
