import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, MAX_RETRY_AFTER_MS, backoffDelay, retryDelay } from '../../../shared/sync/backoff';

const policy = { baseMs: 1000, factor: 2, capMs: 60_000, jitter: 0.5 };
const noJitter = () => 0;
const fullJitter = () => 0.999999;

describe('back-off', () => {
  it('doubles from the base after each consecutive failure', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, noJitter, policy))).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('never waits longer than the cap, even after thousands of failures', () => {
    expect(backoffDelay(7, noJitter, policy)).toBe(60_000);
    expect(backoffDelay(5000, noJitter, policy)).toBe(60_000);
    expect(Number.isFinite(backoffDelay(1e9, noJitter, DEFAULT_BACKOFF))).toBe(true);
  });

  it('draws the delay between half and all of the exponential value, so clients spread out', () => {
    expect(backoffDelay(3, fullJitter, policy)).toBe(2000);
    expect(backoffDelay(3, () => 0.5, policy)).toBe(3000);
    const draws = Array.from({ length: 200 }, () => backoffDelay(4, Math.random, policy));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(4000);
    expect(Math.max(...draws)).toBeLessThanOrEqual(8000);
    expect(new Set(draws).size).toBeGreaterThan(50);
  });

  it('treats zero or fractional failure counts as the first failure', () => {
    expect(backoffDelay(0, noJitter, policy)).toBe(1000);
    expect(backoffDelay(2.7, noJitter, policy)).toBe(2000);
  });

  it("honours a server's Retry-After as a minimum: the longer of it and the back-off, within a bound", () => {
    expect(retryDelay(1, 30_000, noJitter, policy)).toBe(30_000);
    expect(retryDelay(1, 10 * 24 * 3600_000, noJitter, policy)).toBe(MAX_RETRY_AFTER_MS);
    // A short Retry-After does not cut a longer back-off short.
    expect(retryDelay(5, 3000, noJitter, policy)).toBe(16_000);
  });

  it('never lets Retry-After: 0 (or a date in the past) make the next attempt due at once', () => {
    expect(retryDelay(1, 0, noJitter, policy)).toBe(1000);
    expect(retryDelay(9, 0, noJitter, policy)).toBe(60_000);
    // Not even below the base when the jittered back-off would be: the server asked for a wait, not a loop.
    expect(retryDelay(1, 0, fullJitter, policy)).toBe(1000);
    expect(retryDelay(1, 0, fullJitter, DEFAULT_BACKOFF)).toBe(5000);
  });

  it('uses the back-off when there is no usable Retry-After', () => {
    expect(retryDelay(3, undefined, noJitter, policy)).toBe(4000);
    expect(retryDelay(3, Number.NaN, noJitter, policy)).toBe(4000);
  });
});
