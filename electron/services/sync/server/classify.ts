import type { DeliveryOutcome } from '../delivery';

/**
 * What one HTTP answer means for the outbox (see "Server sync contract" in the
 * README). Pure: the status, the server's message (already made readable) and
 * the Retry-After delay in; an outcome out.
 *
 * - 2xx: the server has stored the document (or already had it: a repeated
 *   Idempotency-Key must be answered 2xx again) → delivered.
 * - 408, 425, 429, 5xx: temporary → retry, honouring Retry-After.
 * - 401, 403: the token is wrong, expired or lacks rights → failed; waiting will not fix it.
 * - 409: the server already holds this scorecard revision with different content → failed;
 *   resending the same bytes cannot change that, a person must look.
 * - 3xx: we do not follow redirects with the token and the document → failed, naming where it points.
 * - any other 4xx: the server rejected the document → failed with its message.
 */
export interface HttpAnswer {
  status: number;
  message: string | null;
  retryAfterMs?: number;
  location?: string | null;
}

const TEMPORARY = new Set([408, 425, 429]);

export function classifyAnswer(answer: HttpAnswer): DeliveryOutcome {
  const { status } = answer;
  const said = answer.message ? `: ${answer.message}` : '';
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status >= 500 || TEMPORARY.has(status)) {
    const what =
      status === 429
        ? 'The server is busy (too many requests)'
        : status === 503
          ? 'The server is temporarily unavailable'
          : status >= 500
            ? 'The server had a problem'
            : 'The server asked us to try again later';
    const message = `${what} (HTTP ${status})${said}`;
    return answer.retryAfterMs === undefined ? { kind: 'retry', message } : { kind: 'retry', message, afterMs: answer.retryAfterMs };
  }
  if (status === 401 || status === 403) {
    return { kind: 'failed', message: `The server refused the token (HTTP ${status})${said}. Check or replace the token for this server.` };
  }
  if (status === 409) {
    return {
      kind: 'failed',
      message: `The server already has this revision of the scorecard with different content (HTTP 409)${said}.`,
    };
  }
  if (status >= 300 && status < 400) {
    const where = answer.location ? ` to ${answer.location}` : '';
    return { kind: 'failed', message: `The server redirected the upload${where} (HTTP ${status}). Set the target's URL to the final address.` };
  }
  if (status === 413) return { kind: 'failed', message: `The server refused the document as too large (HTTP 413)${said}.` };
  return { kind: 'failed', message: `The server rejected the scorecard (HTTP ${status})${said}.` };
}
