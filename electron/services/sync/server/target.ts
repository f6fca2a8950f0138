import type { ServerTargetConfig } from '../../../../shared/schemas/server-target';
import { scorecardKind, serverKey, type KindRegistry } from '../../../../shared/sync/kinds';
import { appVersion } from '../../../config/app-version';
import { SecretStoreError } from '../../secrets/store';
import type { DeliveryOutcome, DeliveryTarget, OutgoingItem } from '../delivery';
import { sha256Hex } from '../export/sha256';
import { createBatchPush, type Post } from './batch-push';
import { classifyAnswer } from './classify';
import { describeNetworkError } from './network-error';
import { locationForMessage, redactToken } from './redact';
import { parseRetryAfter } from './retry-after';
import { serverMessage } from './server-message';

export interface ServerTargetOptions {
  /** Injectable for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Injectable for tests of Retry-After dates; defaults to Date.now. */
  now?: () => number;
}

/** An answer body longer than this is not read: we only need a line of it. */
const MAX_ERROR_BODY_BYTES = 16 * 1024;

/**
 * The server target: ONE POST of a frozen document per `deliver`, classified
 * as delivered / retry / failed (see ./classify.ts and the README's "Server
 * sync contract"), and several per request with `deliverBatch` where the
 * server takes batches (./batch-push.ts). The outbox owns persistence,
 * scheduling and back-off.
 *
 * The token is fetched per attempt (so a replaced token is used at once) and
 * goes only into the Authorization header: never into an outcome message.
 */
export function createServerTarget(
  config: ServerTargetConfig,
  token: () => Promise<string | null>,
  kinds: KindRegistry,
  options: ServerTargetOptions = {},
): DeliveryTarget {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const host = new URL(config.url).host;

  /** The token for one attempt, or why there is none to send. */
  const secretOrOutcome = async (): Promise<{ secret: string } | { outcome: DeliveryOutcome }> => {
    let secret: string | null;
    try {
      secret = await token();
    } catch (error) {
      const message = `Could not read the token for this server: ${(error as Error).message}`;
      // An exposed or undecryptable secret needs the user; a locked keychain or a relay hiccup may pass.
      return { outcome: error instanceof SecretStoreError && error.permanent ? { kind: 'failed', message } : { kind: 'retry', message } };
    }
    if (!secret) return { outcome: { kind: 'failed', message: 'No token is set for this server. Add one in the target settings, then retry.' } };
    // fetch would throw on a header it cannot carry, which would read as a network error and retry for ever.
    if (!/^[\x21-\x7e]+$/.test(secret)) {
      return { outcome: { kind: 'failed', message: 'The saved token contains spaces or characters an HTTP header cannot carry. Set the token again.' } };
    }
    return { secret };
  };

  /** One POST with the target's time limit; a request that never got an answer is a retry, said in words. */
  const post: Post = async (url, secret, headers, body, signal, read) => {
    const timeout = AbortSignal.timeout(config.timeoutMs);
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, ...headers, 'User-Agent': `Callmark/${appVersion}` },
        body,
        // Following a redirect would resend the document (and, same-origin, the token) somewhere we were not told to.
        redirect: 'manual',
        signal: AbortSignal.any([signal, timeout]),
      });
      return await read(response);
    } catch (error) {
      if (timeout.aborted && !signal.aborted) {
        return { kind: 'retry', message: `The server ${host} did not answer within ${Math.round(config.timeoutMs / 1000)} s.` };
      }
      if (signal.aborted) return { kind: 'retry', message: 'Sending was stopped before the server answered.' };
      return { kind: 'retry', message: redactToken(describeNetworkError(error, host), secret) };
    }
  };

  /** What a refusal or an error answer means, in words, with the token never in them. */
  const classified = async (response: Response, secret: string): Promise<DeliveryOutcome> => {
    const ok = response.status >= 200 && response.status < 300;
    // Read (and so release) the body even on success, but never more than a line's worth; the signal bounds the time.
    const body = await readLimited(response);
    const message = ok ? null : serverMessage(body, response.headers.get('content-type'));
    return classifyAnswer({
      status: response.status,
      message: message === null ? null : redactToken(message, secret),
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now()),
      location: locationForMessage(response.headers.get('location'), secret),
    });
  };

  async function deliver(item: OutgoingItem, signal: AbortSignal): Promise<DeliveryOutcome> {
    const got = await secretOrOutcome();
    if ('outcome' in got) return got.outcome;
    const headers = {
      'Content-Type': 'application/json; charset=utf-8',
      Accept: 'application/json, text/plain;q=0.9, */*;q=0.1',
      'Idempotency-Key': serverKey(kinds.get(item.kind), item),
      'Callmark-Content-SHA256': sha256Hex(item.body),
      ...documentHeaders(item),
    };
    return post(config.url, got.secret, headers, item.body, signal, (response) => classified(response, got.secret));
  }

  const batches = createBatchPush({ url: config.url, kinds, post, classified, deliver });
  return {
    deliver,
    async deliverBatch(items, signal) {
      const got = await secretOrOutcome();
      if ('outcome' in got) return got.outcome.kind === 'retry' ? [got.outcome] : items.map(() => got.outcome);
      return batches.push(items, got.secret, signal);
    },
  };
}

/**
 * Which document this is, for routing and logs. Scorecards keep the headers of
 * the published contract; every kind names itself, and a kind several
 * installs write names the writer too (the body says so as well).
 */
function documentHeaders(item: OutgoingItem): Record<string, string> {
  return {
    'Callmark-Document-Kind': item.kind,
    'Callmark-Document-Id': item.documentId,
    'Callmark-Revision': String(item.revision),
    ...(item.kind === scorecardKind.kind ? { 'Callmark-Scorecard-Id': item.documentId } : {}),
    ...(item.writer ? { 'Callmark-Writer-Install-Id': item.writer } : {}),
  };
}


/** Reads at most MAX_ERROR_BODY_BYTES of an answer, then drops the rest. */
async function readLimited(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < MAX_ERROR_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks).subarray(0, MAX_ERROR_BODY_BYTES));
}
