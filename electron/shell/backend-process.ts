import { utilityProcess, type UtilityProcess } from 'electron';
import type { Envelope } from '../../shared/api';
import { createKeychainRelayHost } from './keychain';

interface Pending {
  resolve: (envelope: Envelope<unknown>) => void;
}

/**
 * Starts the backend in a utility process and relays calls to it. If the
 * process dies, calls in flight get a clear error and the next call restarts it.
 */
export function startBackendProcess(workerPath: string, dataFolder: string) {
  let child: UtilityProcess | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  // The backend asks main for secrets: safeStorage exists only here.
  const secrets = createKeychainRelayHost(dataFolder);

  const spawn = () => {
    const proc = utilityProcess.fork(workerPath, ['--data-dir', dataFolder], { serviceName: 'Callmark backend', stdio: 'inherit' });
    proc.on('message', (message: { id?: number; envelope?: Envelope<unknown> }) => {
      void secrets.handle(message).then((reply) => reply && proc.postMessage(reply)).catch(() => undefined);
      if (message.id === undefined || !message.envelope) return;
      pending.get(message.id)?.resolve(message.envelope);
      pending.delete(message.id);
    });
    proc.on('exit', (code) => {
      child = null;
      for (const [id, call] of pending) {
        call.resolve({ ok: false, error: { code: 'internal', message: `The Callmark backend stopped (exit code ${code}). Try again.` } });
        pending.delete(id);
      }
    });
    return proc;
  };

  return {
    call(name: string, input: unknown): Promise<Envelope<unknown>> {
      child ??= spawn();
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { resolve });
        child?.postMessage({ id, name, input });
      });
    },
    stop() {
      child?.kill();
    },
  };
}
export type BackendProcess = ReturnType<typeof startBackendProcess>;
