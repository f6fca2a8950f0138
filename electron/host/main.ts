import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCallmarkService } from '../services';
import { resolveDataFolder } from '../config/data-folder';
import { rememberedPort, rememberPort } from './port-memory';
import { shiftedClock } from './shifted-clock';
import { findChromium, printUrlToPdf } from './print/chromium-pdf';
import { startHostServer, type HostOptions } from './server';
import { newToken } from './token';

/**
 * Entry point of the browser host (`npm run browser`): the real backend in this
 * Node process, the built renderer and the API on 127.0.0.1. Tests start it as a
 * child process and wait for the READY line.
 *
 * `--keep-port` (what `./callmark start` and `npm run browser` pass) comes back
 * on the port of the last start when it is free, so a page left open on the
 * old address can carry on after a restart once it is given the new token.
 */
async function main() {
  const dataFolder = resolveDataFolder();
  const portArg = process.argv.find((a) => a.startsWith('--port='));
  const explicit = portArg ? Number(portArg.slice('--port='.length)) : process.env.CALLMARK_PORT ? Number(process.env.CALLMARK_PORT) : null;
  const keepPort = process.argv.includes('--keep-port');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = process.env.CALLMARK_RENDERER_DIR ?? path.resolve(here, '../../dist/renderer');

  const clock = shiftedClock(process.env);
  const service = createCallmarkService({ dataFolder, ...(clock ? { clock } : {}) });
  const token = newToken();
  const chromium = findChromium(process.env);
  const printPdf = chromium ? (url: string) => printUrlToPdf({ chromium, url }) : undefined;
  const options: HostOptions = { handlers: service.handlers, staticDir, token, log: (l) => console.error(l), ...(printPdf ? { printPdf } : {}) };
  const previous = keepPort && explicit === null ? rememberedPort(dataFolder) : null;
  const host = await startHostServer({ ...options, port: explicit ?? previous ?? 0 }).catch((error: unknown) => {
    // The last start's port is only a preference: taken by something else meanwhile, any free one will do.
    if (previous === null || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(`Port ${previous} (the last start's) is taken now: pages still open on it must be opened again at the new address.`);
    return startHostServer({ ...options, port: 0 });
  });
  if (keepPort) rememberPort(dataFolder, host.port);
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
