import { createCallmarkService } from '../services';
import { dispatch } from '../../shared/api/dispatch';

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

const service = createCallmarkService({ dataFolder });
const port = process.parentPort;

port.on('message', (event) => {
  const request = event.data as Request;
  void dispatch(service.handlers, request.name, request.input, (error, name) =>
    console.error(`backend: internal error in ${name}:`, error),
  ).then((envelope) => port.postMessage({ id: request.id, envelope }));
});

// Closing lets modules flush (pending comment saves, sync) before the database closes.
process.on('SIGTERM', () => void service.close().finally(() => process.exit(0)));
port.postMessage({ ready: true });
