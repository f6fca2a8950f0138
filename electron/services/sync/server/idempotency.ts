/**
 * The key a server uses to recognise a repeat of the same delivery: one per
 * scorecard revision, so a resend after a lost response is stored once, and a
 * new revision is a new document. Part of the server contract (README).
 */
export function idempotencyKey(scorecardId: string, revision: number): string {
  return `${scorecardId}:r${revision}`;
}
