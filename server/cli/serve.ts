import { z } from 'zod';
import { startTeamServer } from '../app';
import { createLogger } from '../log';
import { parseOptions } from './args';
import { ConfigOption, configOf, type CliIo } from './io';

/**
 * `callmark-server serve`: runs until SIGTERM or SIGINT, then stops gracefully
 * (requests in flight finish, see http/server.ts) and exits 0. Logs go to
 * stdout as JSON lines (journald keeps them).
 */
export async function serveCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseOptions(argv, {}, z.object(ConfigOption).strict());
  const config = configOf(io, options.config);
  const log = createLogger(io.out, io.now);
  const stop = io.waitForStop();
  const server = await startTeamServer({ config, log, now: io.now });
  const signal = await stop;
  log.info('server.signal', { signal });
  await server.close();
  return 0;
}
