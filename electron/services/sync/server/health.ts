import type { ServerTestResult } from '../../../../shared/api/server-sync';
import { describeNetworkError } from './network-error';
import { locationForMessage } from './redact';

/**
 * The connection test of the settings dialog: `GET <url>/health`, with the
 * bearer token when there is one. It sends no scorecard and changes nothing
 * on the server. A server meeting the contract answers 2xx for a good token
 * and 401/403 for a bad one (README, "Server sync contract").
 */
export function healthUrl(url: string): string {
  const u = new URL(url);
  u.pathname = `${u.pathname.replace(/\/+$/, '')}/health`;
  u.search = '';
  return u.toString();
}

export async function testServer(
  url: string,
  token: string | null,
  timeoutMs: number,
  doFetch: typeof fetch = fetch,
): Promise<ServerTestResult> {
  const testedUrl = healthUrl(url);
  const host = new URL(url).host;
  const started = performance.now();
  const result = (outcome: ServerTestResult['outcome'], message: string, httpStatus: number | null): ServerTestResult => ({
    ok: outcome === 'connected',
    outcome,
    message,
    testedUrl,
    httpStatus,
    tokenSent: token !== null,
    elapsedMs: Math.round(performance.now() - started),
  });
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await doFetch(testedUrl, {
      method: 'GET',
      headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      redirect: 'manual',
      signal: timeout,
    });
    await response.body?.cancel().catch(() => undefined);
    const s = response.status;
    if (s >= 200 && s < 300) {
      return result('connected', token ? `Connected to ${host}: the server accepted the token.` : `Connected to ${host}. No token was sent: set one before syncing.`, s);
    }
    if (s === 401 || s === 403) {
      return result('token_refused', token ? `${host} answered, but refused the token (HTTP ${s}).` : `${host} answered, and needs a token (HTTP ${s}).`, s);
    }
    if (s === 404 || s === 405) {
      return result('no_health_endpoint', `${host} answered, but has no health check at ${testedUrl} (HTTP ${s}): check the URL, or ask for the Callmark endpoint.`, s);
    }
    if (s >= 300 && s < 400) {
      const location = locationForMessage(response.headers.get('location'), token);
      return result('unexpected', `${host} redirects${location ? ` to ${location}` : ''} (HTTP ${s}): use the final address as the URL.`, s);
    }
    if (s >= 500 || s === 429) return result('server_error', `${host} answered with a problem of its own (HTTP ${s}): try again later.`, s);
    return result('unexpected', `${host} answered the health check with HTTP ${s}.`, s);
  } catch (error) {
    if (timeout.aborted) return result('unreachable', `${host} did not answer within ${Math.round(timeoutMs / 1000)} s.`, null);
    return result('unreachable', describeNetworkError(error, host), null);
  }
}
