import { z } from 'zod';
import { Id, IsoDateTime } from '../schemas/common';

/**
 * The team server's pull answer (`GET /v1/documents?since=<cursor>&limit=<n>`,
 * docs/team-server.md): for a desktop import source to validate what it reads
 * back, exactly as the server's tests do.
 *
 * Each item carries the document's exact bytes as a string (`body`), the same
 * text a shared folder's file holds, so a reader verifies it with the folder
 * import's own check (shared/export/verify.ts `verifyExportText`) and its
 * `bodySha256` with a plain SHA-256. Items come in commit order; `nextCursor`
 * is opaque and is passed back as `since`; `hasMore` says whether to ask again
 * at once. Readers must ignore kinds they do not know.
 */
export const PulledDocument = z.object({
  kind: z.string().min(1),
  documentId: Id,
  revision: z.number().int().min(1),
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
  storedAt: IsoDateTime,
  body: z.string(),
});
export type PulledDocument = z.infer<typeof PulledDocument>;

export const PullPage = z.object({
  items: z.array(PulledDocument),
  nextCursor: z.string(),
  hasMore: z.boolean(),
});
export type PullPage = z.infer<typeof PullPage>;

/** Every refusal of the team server: a stable code for programs, a sentence for people. */
export const TeamServerError = z.object({ error: z.string(), message: z.string() });
export type TeamServerError = z.infer<typeof TeamServerError>;
