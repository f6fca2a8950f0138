import { SECRET_REPLY, SECRET_REQUEST, SecretReply, onChannel, type SecretRequest } from './relay-protocol';
import { assertSecretKey, SecretStoreError, type SecretStore, type SecretStoreInfo } from './store';

export interface RelayPort {
  postMessage(message: unknown): void;
}

export interface RelaySecretStore extends SecretStore {
  /** Hand every message from main to this first; true when it was a secrets reply (consumed). */
  acceptReply(message: unknown): boolean;
  /** Fails the calls still waiting (the process is closing). */
  close(): void;
}

type Distribute<T> = T extends unknown ? Omit<T, 'channel' | 'id'> : never;
type RequestBody = Distribute<SecretRequest>;

/**
 * The backend utility process's SecretStore: each call is a request to the
 * main process (which holds safeStorage) and waits for the reply with the
 * same id. A keychain may ask the user to unlock it, so the timeout is long;
 * when it passes, the call fails as "unavailable" (temporary) rather than hanging.
 */
export function createRelaySecretStore(port: RelayPort, options: { timeoutMs?: number } = {}): RelaySecretStore {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const pending = new Map<number, { resolve: (reply: SecretReply) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
  let nextId = 1;

  const ask = (body: RequestBody): Promise<SecretReply & { ok: true }> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new SecretStoreError('unavailable', `The desktop app did not answer a keychain request within ${Math.round(timeoutMs / 1000)} s (is a keychain prompt waiting?).`));
      }, timeoutMs);
      timer.unref();
      pending.set(id, {
        resolve: (reply) => (reply.ok ? resolve(reply) : reject(new SecretStoreError(reply.problem, reply.message))),
        reject,
        timer,
      });
      try {
        port.postMessage({ channel: SECRET_REQUEST, id, ...body });
      } catch (error) {
        clearTimeout(timer);
        pending.delete(id);
        reject(new SecretStoreError('unavailable', `Could not reach the desktop app for the keychain: ${(error as Error).message}`));
      }
    });

  return {
    async describe(): Promise<SecretStoreInfo> {
      const reply = await ask({ op: 'describe' });
      if (!reply.info) throw new SecretStoreError('io', 'The desktop app did not say where secrets are kept.');
      return reply.info;
    },
    async get(key) {
      assertSecretKey(key);
      return (await ask({ op: 'get', key })).value;
    },
    async set(key, value) {
      assertSecretKey(key);
      await ask({ op: 'set', key, value });
    },
    acceptReply(message) {
      if (!onChannel(message, SECRET_REPLY)) return false;
      const parsed = SecretReply.safeParse(message);
      const id = (message as { id?: unknown }).id;
      const call = typeof id === 'number' ? pending.get(id) : undefined;
      if (!call) return true; // late (timed out) or unknown: nothing waits for it
      pending.delete(id as number);
      clearTimeout(call.timer);
      if (parsed.success) call.resolve(parsed.data);
      else call.reject(new SecretStoreError('io', 'The desktop app sent a malformed answer to a keychain request.'));
      return true;
    },
    close() {
      for (const [id, call] of pending) {
        clearTimeout(call.timer);
        call.reject(new SecretStoreError('unavailable', 'The app is closing.'));
        pending.delete(id);
      }
    },
  };
}
