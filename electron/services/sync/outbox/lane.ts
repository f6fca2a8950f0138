/** What the drainer keeps in memory per target; everything that must survive a restart is in the outbox table. */
export interface Lane {
  running: Promise<void> | null;
  /** Set when woken while running: the loop looks again before it stops. */
  rerun: boolean;
  timer: NodeJS.Timeout | null;
  /** After a 'retry' outcome the whole target waits (a down server or unplugged drive fails every item alike). */
  blockedUntil: number;
  /** Consecutive 'retry' outcomes of this target: the back-off exponent. */
  failures: number;
  /**
   * A round sent together ended in a retry: rounds go one item at a time until one goes through, so a document that
   * makes the target fail every time (or a batch too slow for its time limit) waits alone instead of holding back
   * every round it falls in. Kept through "retry now", which would otherwise send the same failing batch again.
   */
  alone: boolean;
  /** The drain in progress, for "12 of 300 sent"; null when the queue is empty. */
  session: { done: number } | null;
  /** Delivered but not yet committed as sent (outcomes are committed in batches). */
  unrecorded: number;
  /** Holds on the lane (see Drainer.hold): while any is taken, nothing is delivered. */
  held: number;
  /** Aborts this target's delivery in flight (when its settings change), apart from the drainer's close. */
  abort: AbortController;
}

export const newLane = (): Lane => ({
  running: null,
  rerun: false,
  timer: null,
  blockedUntil: 0,
  failures: 0,
  alone: false,
  session: null,
  unrecorded: 0,
  held: 0,
  abort: new AbortController(),
});
