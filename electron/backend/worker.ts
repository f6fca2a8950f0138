import { createCallmarkService } from '../services';
import { ELECTRON_MEDIA_URL_BASE } from '../services/media';
import { dispatch } from '../../shared/api/dispatch';
import { createRelaySecretStore } from '../services/secrets/relay-client';

/**
 * The backend in its own utility process (as Actual Budget does): a slow query
 * stalls this process, never the window handling in main. Messages are
 * { id, name, input } in and { id, envelope } out.
 */
interface Request {
  id: number;
  name: string;
  input: unknown;
}

const dataFolder = process.argv[process.argv.indexOf('--data-dir') + 1];
if (!dataFolder) throw new Error('backend: --data-dir is required');

const port = process.parentPort;
// Secrets go to main, which holds safeStorage (the OS keychain); replies come back on this port.
const secrets = createRelaySecretStore(port);
// A backend that cannot start (a newer database, an edited migration, a folder in use) stays up to say why on
// every call, instead of dying and being restarted by the next call with only an exit code to show.
let service: ReturnType<typeof createCallmarkService> | null = null;
let startFailure = '';
try {
  service = createCallmarkService({ dataFolder, secrets, mediaUrlBase: ELECTRON_MEDIA_URL_BASE });
} catch (error) {
  startFailure = `Callmark could not open its data: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`backend: ${startFailure}`);
}

port.on('message', (event) => {
  if (secrets.acceptReply(event.data)) return;
  const request = event.data as Request;
  const answer = service
    ? dispatch(service.handlers, request.name, request.input, (error, name) => console.error(`backend: internal error in ${name}:`, error))
    : Promise.resolve({ ok: false as const, error: { code: 'internal' as const, message: startFailure } });
  void answer.then((envelope) => port.postMessage({ id: request.id, envelope }));
});

// Closing lets modules flush (pending comment saves, sync) before the database closes.
process.on('SIGTERM', () => void (service?.close() ?? Promise.resolve()).finally(() => process.exit(0)));
port.postMessage({ ready: true });
