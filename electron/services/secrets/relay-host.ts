import { SECRET_REPLY, SECRET_REQUEST, SecretRequest, onChannel, type SecretReply } from './relay-protocol';
import { SecretStoreError, type SecretStore } from './store';

/**
 * Main process's side of the secrets relay: validates a request from the
 * backend process, runs it against the real store (safeStorage-backed, or the
 * private-file fallback), and builds the reply. Pure apart from the store, so
 * the whole protocol is tested without Electron. `store` is resolved lazily:
 * whether the keychain works is only known after the app is ready.
 */
export function createSecretRelayHost(store: () => Promise<SecretStore>) {
  let resolved: Promise<SecretStore> | null = null;
  // A failed start (keychain not ready) is not cached: the next request tries again.
  const current = () =>
    (resolved ??= store().catch((error: unknown) => {
      resolved = null;
      throw error;
    }));

  return {
    /** Null when the message is not a secrets request (leave it to the other handlers). */
    async handle(message: unknown): Promise<SecretReply | null> {
      if (!onChannel(message, SECRET_REQUEST)) return null;
      const id = (message as { id?: unknown }).id;
      const parsed = SecretRequest.safeParse(message);
      if (!parsed.success) {
        if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return null; // nobody to answer
        return { channel: SECRET_REPLY, id, ok: false, problem: 'io', message: 'Malformed keychain request.' };
      }
      const request = parsed.data;
      try {
        const secrets = await current();
        switch (request.op) {
          case 'describe':
            return { channel: SECRET_REPLY, id: request.id, ok: true, value: null, info: await secrets.describe() };
          case 'get':
            return { channel: SECRET_REPLY, id: request.id, ok: true, value: await secrets.get(request.key) };
          case 'set':
            await secrets.set(request.key, request.value);
            return { channel: SECRET_REPLY, id: request.id, ok: true, value: null };
        }
      } catch (error) {
        const problem = error instanceof SecretStoreError ? error.problem : 'io';
        return { channel: SECRET_REPLY, id: request.id, ok: false, problem, message: (error as Error).message };
      }
    },
  };
}
export type SecretRelayHost = ReturnType<typeof createSecretRelayHost>;
