import type { Transport } from '../../shared/api/client';
import type { Envelope } from '../../shared/api/errors';
import type { TokenSource } from './token';

/** Bodies under this size may use keepalive, so a save sent as the page unloads still arrives. */
const KEEPALIVE_LIMIT = 32 * 1024;

/**
 * The browser host's transport: POST /api/<method> with the per-start token.
 * A network failure becomes an envelope too, so callers handle one shape of failure.
 *
 * A refused token (HTTP 401) means the host restarted with a new one: the call
 * reached no handler, so it is held, in order, until the new token is in
 * (`onTokenRefused` tells the page to say so), then sent again, exactly once.
 * Nothing typed meanwhile is dropped or reported saved before it is.
 */
export function createHttpTransport(tokens: TokenSource, fetchImpl: typeof fetch = fetch, onTokenRefused: (refused: boolean) => void = () => {}): Transport {
  return async (name, input) => {
    const body = JSON.stringify(input ?? {});
    for (;;) {
      const token = tokens.current();
      let response: Response;
      try {
        response = await fetchImpl(`api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body,
          keepalive: body.length < KEEPALIVE_LIMIT,
        });
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: `The Callmark backend did not answer (${describe(error)}).` } };
      }
      if (response.status === 401) {
        await response.body?.cancel().catch(() => undefined);
        onTokenRefused(true);
        await tokens.changed(token);
        onTokenRefused(false);
        continue;
      }
      try {
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: `The Callmark backend sent an unreadable answer (HTTP ${response.status}).` } };
      }
    }
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
