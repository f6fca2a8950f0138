/**
 * A token bucket per key (a user's token): `burst` requests at once, then
 * `perSecond` more each second (a batch push counts each of its documents). Pure apart from the injected clock, so tests
 * step time instead of waiting. Buckets that have refilled are forgotten, so
 * memory stays bounded by the keys active in the last few seconds.
 */
export interface RateLimiter {
  /** Takes one request from `key`'s bucket: allowed, or how long until one would be. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number };
  /**
   * Takes `cost` more from `key`'s bucket after a request was let in, into debt if need be: a batch's further
   * documents, known only once its body is read. The requests after it wait until the debt is refilled.
   */
  charge(key: string, cost: number): void;
}

export function createRateLimiter(options: { burst: number; perSecond: number; now: () => number; maxKeys?: number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const maxKeys = options.maxKeys ?? 100_000;

  const refilled = (bucket: { tokens: number; at: number }, at: number) =>
    Math.min(options.burst, bucket.tokens + ((at - bucket.at) / 1000) * options.perSecond);

  const sweep = (at: number) => {
    for (const [key, bucket] of buckets) if (refilled(bucket, at) >= options.burst) buckets.delete(key);
  };

  return {
    take(key) {
      const at = options.now();
      const bucket = buckets.get(key);
      const tokens = bucket ? refilled(bucket, at) : options.burst;
      if (tokens < 1) {
        buckets.set(key, { tokens, at });
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / options.perSecond)) };
      }
      if (!bucket && buckets.size >= maxKeys) sweep(at);
      buckets.set(key, { tokens: tokens - 1, at });
      return { ok: true };
    },
    charge(key, cost) {
      if (cost <= 0) return;
      const at = options.now();
      const bucket = buckets.get(key);
      buckets.set(key, { tokens: (bucket ? refilled(bucket, at) : options.burst) - cost, at });
    },
  };
}
