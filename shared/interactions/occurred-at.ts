/**
 * When a reviewed interaction can have happened (issue 13 item 8): not in the
 * future. A few minutes ahead are let through, since the reviewer's clock and
 * the recorder's need not agree to the second; more is a mistyped date.
 */
export const FUTURE_SLACK_MINUTES = 10;

/** Why `occurredAt` cannot be an interaction's time, seen from `now`; null when it can. */
export function occurredAtProblem(occurredAt: string, now: string): string | null {
  const at = Date.parse(occurredAt);
  if (Number.isNaN(at)) return 'The interaction’s date and time is not a valid date.';
  if (at > Date.parse(now) + FUTURE_SLACK_MINUTES * 60_000) return 'The interaction’s date and time is in the future: check the date.';
  return null;
}
