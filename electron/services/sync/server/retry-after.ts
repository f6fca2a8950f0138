/**
 * Retry-After (RFC 9110 §10.2.3) is either a number of seconds or an HTTP-date.
 * Anything else is ignored rather than guessed at: the outbox then falls back
 * to its own back-off. A very long wait is capped so a misconfigured server
 * cannot park an item for weeks without anyone seeing it.
 */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  // Only the date forms HTTP allows start with a letter (a day name); this keeps "1.5" or "-3" out of Date.parse.
  if (!/^[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - nowMs), MAX_RETRY_AFTER_MS);
}
