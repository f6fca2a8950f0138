import { z } from 'zod';
import { LocalDay } from '../reports/filter';
import { Id, IsoDateTime } from '../schemas/common';
import type { Sha256Hex } from '../export/build';
import { hashedDocumentText } from '../sync/hashed-document';
import { SessionAction } from './action';
import { SessionPlan } from './session';

/**
 * The coaching session document (issue 8, item 6): one completed revision of a
 * one-to-one, as it travels to shares and servers beside scorecards, so a team
 * leader's install sees it read-only. Hashed and immutable like a scorecard
 * export (shared/sync/hashed-document.ts). This zod schema is the source;
 * `schemas/coaching-session.schema.json` is generated from it (npx tsx
 * scripts/generate-coaching-schema.ts) and a test keeps the two equal.
 *
 * Compatibility rule for outside readers: a new optional field keeps
 * `formatVersion`; anything else bumps it.
 */
export const SESSION_DOCUMENT_FORMAT = 'callmark.coaching-session' as const;
export const SESSION_DOCUMENT_VERSION = 1 as const;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in lower-case hex' });
const Rate = z.number().min(0).max(100);

export const DiscussedScorecard = z.object({
  scorecardId: Id,
  revision: z.number().int().min(1),
  source: z.enum(['mine', 'team']).describe('"mine": completed on the coach\'s install; "team": a colleague\'s, read from a share.'),
  occurredAt: IsoDateTime,
  reviewerName: z.string(),
  percent: z.number().nullable().describe('The stored overall score, full precision; null when nothing was applicable.'),
  band: z.string(),
});
export type DiscussedScorecard = z.infer<typeof DiscussedScorecard>;

export const DocumentFinding = z.object({
  elementId: z.string(),
  number: z.string(),
  label: z.string(),
  met: z.number().int().min(0),
  applicable: z.number().int().min(1).describe('The evidence count: applicable answers, one per scorecard.'),
  rate: Rate.describe('Pass rate: met ÷ applicable × 100.'),
});
export type DocumentFinding = z.infer<typeof DocumentFinding>;

export const DocumentAction = SessionAction.extend({
  carried: z.boolean().describe('Agreed in an earlier session and reviewed in this one.'),
});
export type DocumentAction = z.infer<typeof DocumentAction>;

/** What a completed revision froze: everything but the envelope (format, hash, origin). */
export const SessionSnapshot = z.object({
  sessionId: Id,
  revision: z.number().int().min(1),
  revisionReason: z.string().nullable(),
  completedAt: IsoDateTime,
  coach: z.object({ id: Id, name: z.string() }),
  agent: z.object({ id: Id, name: z.string(), team: z.string(), organisationKey: z.string().min(1).max(200).optional() }),
  heldOn: LocalDay,
  plan: SessionPlan,
  scorecards: z.array(DiscussedScorecard).max(20_000).describe('The completed scorecards of the period, as counted when the session was completed.'),
  summary: z.object({ n: z.number().int().min(0), mean: z.number().nullable(), lower: z.number().nullable(), upper: z.number().nullable() }),
  strengths: z.array(DocumentFinding),
  needs: z.array(DocumentFinding),
  minimumEvidence: z.number().int().min(1).describe('No strength or need was drawn from fewer applicable answers than this.'),
  actions: z.array(DocumentAction).max(500),
});
export type SessionSnapshot = z.infer<typeof SessionSnapshot>;

export const CoachingSessionDocument = SessionSnapshot.extend({
  format: z.literal(SESSION_DOCUMENT_FORMAT),
  formatVersion: z.literal(SESSION_DOCUMENT_VERSION),
  contentHash: Sha256.describe('SHA-256 (hex) of the canonical JSON (keys sorted, no whitespace) of this document without `contentHash`.'),
  origin: z.object({ application: z.literal('Callmark'), appVersion: z.string(), installId: Id }),
});
export type CoachingSessionDocument = z.infer<typeof CoachingSessionDocument>;

export interface BuiltSessionDocument {
  document: CoachingSessionDocument;
  body: string;
}

/** The document of a completed revision, as canonical JSON: the same snapshot always gives the same bytes. */
export function buildSessionDocument(snapshot: SessionSnapshot, origin: { appVersion: string; installId: string }, sha256: Sha256Hex): BuiltSessionDocument {
  const withoutHash = {
    ...snapshot,
    format: SESSION_DOCUMENT_FORMAT,
    formatVersion: SESSION_DOCUMENT_VERSION,
    origin: { application: 'Callmark' as const, ...origin },
  };
  const { text, contentHash } = hashedDocumentText(withoutHash, sha256);
  return { document: { ...withoutHash, contentHash }, body: text };
}
