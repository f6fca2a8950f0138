import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCallmarkService } from '../services';
import { resolveDataFolder } from '../config/data-folder';
import { startHostServer } from './server';
import { newToken } from './token';

/**
 * Entry point of the browser host (`npm run browser`): the real backend in this
 * Node process, the built renderer and the API on 127.0.0.1. Tests start it as a
 * child process and wait for the READY line.
 */
async function main() {
  const dataFolder = resolveDataFolder();
  const portArg = process.argv.find((a) => a.startsWith('--port='));
  const port = portArg ? Number(portArg.slice('--port='.length)) : Number(process.env.CALLMARK_PORT ?? 0);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = process.env.CALLMARK_RENDERER_DIR ?? path.resolve(here, '../../dist/renderer');

  const service = createCallmarkService({ dataFolder });
  const token = newToken();
  const host = await startHostServer({ handlers: service.handlers, staticDir, token, port, log: (l) => console.error(l) });
  const url = `${host.url}#token=${token}`;

  console.log(`Callmark browser host: data in ${dataFolder}`);
  console.log(`Open ${url}`);
  console.log(`CALLMARK_HOST_READY ${url}`);

  const shutdown = async () => {
    await host.close();
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(`Callmark browser host could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
