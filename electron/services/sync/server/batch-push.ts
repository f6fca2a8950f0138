import type { KindRegistry } from '../../../../shared/sync/kinds';
import { serverKey } from '../../../../shared/sync/kinds';
import { formatPushBatch, PUSH_BATCH_CONTENT_TYPE, PUSH_BATCH_MAX_DOCUMENTS, PUSH_BATCH_SUFFIX, PushBatchAnswer } from '../../../../shared/team-server/push-batch';
import type { DeliveryOutcome, OutgoingItem } from '../delivery';
import { classifyAnswer } from './classify';
import { readWholeBody } from './read-answer';
import { redactToken } from './redact';
import { sha256Hex } from '../export/sha256';

/** One POST with the target's token and time limit (./target.ts), its answer read by `read`. */
export type Post = <T>(
  url: string,
  secret: string,
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal,
  read: (response: Response) => Promise<T>,
) => Promise<T | DeliveryOutcome>;

/** A request carries at most this much: a backlog of large documents goes in several. */
const MAX_REQUEST_BYTES = 8 * 1024 * 1024;
/** A batch's answer is a few hundred bytes a document; anything much larger is not one. */
const MAX_ANSWER_BYTES = 1024 * 1024;
/** Answers that say the server has no batch endpoint (an older server, or a plain contract server). */
const NO_BATCHES = new Set([404, 405, 415, 501]);

export interface BatchPushDeps {
  url: string;
  kinds: KindRegistry;
  post: Post;
  /** What a single push's answer means (./target.ts). */
  classified(response: Response, secret: string): Promise<DeliveryOutcome>;
  deliver(item: OutgoingItem, signal: AbortSignal): Promise<DeliveryOutcome>;
}

/**
 * The batch push (shared/team-server/push-batch.ts): the items one request
 * can carry, in one POST to `<url>/batch`, each answered as its own push
 * would be and classified the same way. Only a 200 carrying one result per
 * item is a batch's answer:
 * - a server without the endpoint (404 and the like, or any other 2xx, which
 *   a server that takes every POST would answer without storing anything)
 *   gets one push per item from then on, for as long as this target is used;
 * - a busy or failing server, or none (a retry), makes the first item wait,
 *   and the outbox waits before the rest (and then sends one item at a time
 *   until a round goes through: ../outbox/drainer.ts);
 * - any other refusal of the request (a redirect, a proxy's 4xx, a batch too
 *   large, a token refused) says nothing certain of each item: each is pushed
 *   on its own, whose answer does.
 * Resending is always safe: every item keeps its Idempotency-Key.
 */
export function createBatchPush(deps: BatchPushDeps) {
  let unsupported = false;
  const batchUrl = (() => {
    const u = new URL(deps.url);
    u.pathname = `${u.pathname.replace(/\/+$/, '')}${PUSH_BATCH_SUFFIX}`;
    return u.toString();
  })();

  /** One push per item, stopping at the first retry (the rest is not tried). */
  async function oneByOne(items: readonly OutgoingItem[], signal: AbortSignal): Promise<DeliveryOutcome[]> {
    const outcomes: DeliveryOutcome[] = [];
    for (const item of items) {
      const outcome = await deps.deliver(item, signal);
      outcomes.push(outcome);
      if (outcome.kind === 'retry' || signal.aborted) break;
    }
    return outcomes;
  }

  return {
    async push(items: readonly OutgoingItem[], secret: string, signal: AbortSignal): Promise<DeliveryOutcome[]> {
      const part = fitting(items);
      const body = unsupported ? null : formatPushBatch(part.map((item) => ({ kind: item.kind, idempotencyKey: serverKey(deps.kinds.get(item.kind), item), bodySha256: sha256Hex(item.body), body: item.body })));
      // Known to have no batches, or a body with a line break (it cannot be framed: its own push says why it is refused).
      if (body === null) return oneByOne(part, signal);
      const headers = { 'Content-Type': `${PUSH_BATCH_CONTENT_TYPE}; charset=utf-8`, Accept: 'application/json' };
      const answer = await deps.post(batchUrl, secret, headers, body, signal, async (response): Promise<DeliveryOutcome[]> => {
        if (NO_BATCHES.has(response.status) || (response.status >= 200 && response.status < 300 && response.status !== 200)) {
          await response.body?.cancel().catch(() => undefined);
          unsupported = true;
          return [];
        }
        if (response.status !== 200) {
          const outcome = await deps.classified(response, secret);
          return outcome.kind === 'retry' ? [outcome] : [];
        }
        const results = await readResults(response, part.length);
        if (!results) {
          unsupported = true;
          return [];
        }
        return results.map((r) => classifyAnswer({ status: r.httpStatus, message: 'error' in r ? redactToken(r.message, secret) : null }));
      });
      if (!Array.isArray(answer)) return [answer];
      return answer.length ? answer : oneByOne(part, signal);
    },
  };
}

/** The first items, as many as one request carries (at least one). */
function fitting(items: readonly OutgoingItem[]): readonly OutgoingItem[] {
  let bytes = 0;
  let count = 0;
  for (const item of items.slice(0, PUSH_BATCH_MAX_DOCUMENTS)) {
    bytes += item.body.length * 3;
    if (count > 0 && bytes > MAX_REQUEST_BYTES) break;
    count += 1;
  }
  return items.slice(0, count);
}

/** A batch's answer with one result per item sent, or null when it is not one. */
async function readResults(response: Response, count: number) {
  const read = await readWholeBody(response, MAX_ANSWER_BYTES, { pushBack: () => undefined });
  if (!('bytes' in read)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch {
    return null;
  }
  const answer = PushBatchAnswer.safeParse(parsed);
  return answer.success && answer.data.results.length === count ? answer.data.results : null;
}
