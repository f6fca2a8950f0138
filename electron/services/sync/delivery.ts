import type { WrittenRef } from '../../../shared/sync/kinds';

/**
 * The contract between the outbox and each kind of target. The outbox owns
 * persistence, scheduling and back-off; a target only tries one delivery and
 * says what happened.
 */
export interface OutgoingItem extends WrittenRef {
  /** The document as canonical JSON: the exact bytes written or sent, frozen when it was completed. */
  body: string;
  /** SHA-256 of `body`. */
  contentHash: string;
  /** Where a folder target puts it under the kind's folder, e.g. `2026/11/<documentId>.r1.json` (forward slashes). */
  relativePath: string;
}

export type DeliveryOutcome =
  | { kind: 'delivered' }
  /** Try again later (network down, 5xx, 429, folder unreachable, EBUSY); `afterMs` from Retry-After when the server gave one. */
  | { kind: 'retry'; message: string; afterMs?: number }
  /** Retrying will not help (a 4xx, a different file already under that name): shown to the user, who can retry by hand. */
  | { kind: 'failed'; message: string };

export interface DeliveryTarget {
  deliver(item: OutgoingItem, signal: AbortSignal): Promise<DeliveryOutcome>;
  /**
   * Optional: tries several items at once (a team server's batch push) and
   * says what happened to each, in order. It may answer for a first part
   * only (the rest was not tried: a retry stopped it, or the part was all one
   * request could carry); the outbox leaves the rest as it was, to be tried
   * next. A target that takes the items one after another asks `stillWanted`
   * before each, and starts no more once it answers false (the target was
   * disabled, removed or changed meanwhile), as one-at-a-time delivery
   * stops after the item in flight. A target without it gets one item at a
   * time.
   */
  deliverBatch?(items: readonly OutgoingItem[], signal: AbortSignal, stillWanted?: () => boolean): Promise<DeliveryOutcome[]>;
}
