/**
 * When to try a delivery again. Exponential so a down server or an unplugged
 * drive is not hammered, capped so it is still retried within minutes of coming
 * back, and jittered so many laptops that lost the same server do not all
 * return to it in the same second.
 */
export interface BackoffPolicy {
  /** Delay after the first failed attempt. */
  baseMs: number;
  factor: number;
  capMs: number;
  /** 0: no jitter; 0.5: the delay is drawn between half and all of the exponential value. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, factor: 2, capMs: 15 * 60_000, jitter: 0.5 };

/** A server's Retry-After is honoured, but never beyond this: a bogus header must not park an item for days. */
export const MAX_RETRY_AFTER_MS = 6 * 3600_000;

/**
 * The delay before the next attempt after `failures` consecutive failures (1 = the first).
 * `random` is in [0, 1) and injected so tests are exact.
 */
export function backoffDelay(failures: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const n = Math.max(1, Math.floor(failures));
  // Math.min before the power would overflow to Infinity around n = 1100; clamp the exponent instead.
  const exponent = Math.min(n - 1, 60);
  const exponential = Math.min(policy.capMs, policy.baseMs * policy.factor ** exponent);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(exponential * (1 - policy.jitter * r));
}

/**
 * The delay a delivery outcome asks for. A server's Retry-After is a minimum,
 * not the whole wait: the delay is the longer of it and the back-off, and never
 * below the policy's base. `Retry-After: 0` or a date in the past would
 * otherwise make the next attempt due at once, and a server stuck answering
 * that way would be hit in a tight loop (a thousand requests a second).
 */
export function retryDelay(failures: number, afterMs: number | undefined, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const backoff = backoffDelay(failures, random, policy);
  if (afterMs === undefined || !Number.isFinite(afterMs) || afterMs < 0) return backoff;
  return Math.max(Math.min(Math.round(afterMs), MAX_RETRY_AFTER_MS), backoff, policy.baseMs);
}
