import type { Transport } from '../../shared/api/client';
import type { Envelope } from '../../shared/api/errors';

/** Bodies under this size may use keepalive, so a save sent as the page unloads still arrives. */
const KEEPALIVE_LIMIT = 32 * 1024;

/**
 * The browser host's transport: POST /api/<method> with the per-start token.
 * A network failure becomes an envelope too, so callers handle one shape of failure.
 */
export function createHttpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return async (name, input) => {
    const body = JSON.stringify(input ?? {});
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
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The Callmark backend sent an unreadable answer (HTTP ${response.status}).` } };
    }
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
