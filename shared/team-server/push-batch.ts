import { z } from 'zod';
import { Id } from '../schemas/common';
import { splitLineBytes, tryJson } from './lines';

/**
 * The team server's batch push (`POST <push URL>/batch`, docs/team-server.md):
 * several documents in one request, each checked and answered exactly as its
 * own `POST <push URL>` would be, so one refused document never refuses its
 * neighbours. Written and read here so the server and the desktop cannot
 * disagree about it. A server that predates it answers 404: the desktop then
 * pushes one document per request, as before.
 *
 * The request is `application/x-ndjson`, framed as a pull page is
 * (./pull.ts), so each body travels as its exact bytes, never escaped into a
 * JSON string:
 *
 *   {"kind":"scorecard","idempotencyKey":"…","bodySha256":"…"}   what the single push's headers say
 *   {"format":"callmark.scorecard",…}                           the document, canonical JSON, one line
 *   … (a header and a body per document)
 *   {"count":N}                                                 the trailer, always last
 *
 * The answer (200, JSON) has one result per document, in the request's order:
 * the status and body the single push would have answered.
 */
export const PUSH_BATCH_CONTENT_TYPE = 'application/x-ndjson';

/** The batch endpoint's path below the push URL. */
export const PUSH_BATCH_SUFFIX = '/batch';

/** What the desktop puts in one batch at most; the server's own limits (docs/team-server.md) are larger. */
export const PUSH_BATCH_MAX_DOCUMENTS = 100;

export const PushBatchHeader = z.object({
  /** Callmark-Document-Kind. */
  kind: z.string().min(1),
  /** Idempotency-Key: the same key as the single push's. */
  idempotencyKey: z.string(),
  /** Callmark-Content-SHA256: lower-case hex SHA-256 of the body's bytes. */
  bodySha256: z.string(),
});
export type PushBatchHeader = z.infer<typeof PushBatchHeader>;

const PushBatchTrailer = z.object({ count: z.number().int().min(0) });

export type PushBatchItem = PushBatchHeader & { body: string };

/** A stored document, as the single push answers it. */
const Accepted = z.object({
  /** The single push's HTTP status: 201 stored now, 200 stored before (a retry). */
  httpStatus: z.union([z.literal(200), z.literal(201)]),
  status: z.enum(['stored', 'already_stored']),
  kind: z.string(),
  documentId: Id,
  revision: z.number().int().min(1),
});

/** A refused document: the single push's status and refusal body (`error`, a stable code; `message`, a sentence). */
const Refused = z.object({ httpStatus: z.number().int().min(400).max(499), error: z.string(), message: z.string() });

export const PushBatchResult = z.union([Accepted, Refused]);
export type PushBatchResult = z.infer<typeof PushBatchResult>;

export const PushBatchAnswer = z.object({ results: z.array(PushBatchResult) });
export type PushBatchAnswer = z.infer<typeof PushBatchAnswer>;

/** The request body. Null when a body has a line break (canonical JSON has none): it cannot be framed. */
export function formatPushBatch(items: readonly PushBatchItem[]): string | null {
  const lines: string[] = [];
  for (const { body, kind, idempotencyKey, bodySha256 } of items) {
    if (body.includes('\n') || body.includes('\r')) return null;
    lines.push(JSON.stringify({ kind, idempotencyKey, bodySha256 }), body);
  }
  lines.push(JSON.stringify({ count: items.length }), '');
  return lines.join('\n');
}

/**
 * Reads a request body into its documents, each body as its exact bytes (the
 * server hashes and decodes them as the single push does). A frame that does
 * not hold is refused whole: without it no document's bounds can be trusted.
 */
export function parsePushBatch(bytes: Uint8Array): { ok: true; items: { header: PushBatchHeader; body: Uint8Array }[] } | { ok: false; message: string } {
  const lines = splitLineBytes(bytes);
  if (lines.pop()?.length !== 0 || lines.length % 2 !== 1) return { ok: false, message: 'the batch must be a header line and a body line per document, then the trailer line, each ending in a line break' };
  const decoder = new TextDecoder();
  const trailer = PushBatchTrailer.safeParse(tryJson(decoder.decode(lines.at(-1))));
  if (!trailer.success) return { ok: false, message: 'the last line must be the trailer {"count":N}' };
  if (trailer.data.count !== (lines.length - 1) / 2) return { ok: false, message: `the batch holds ${(lines.length - 1) / 2} documents, not the ${trailer.data.count} its trailer counts` };
  const items: { header: PushBatchHeader; body: Uint8Array }[] = [];
  for (let i = 0; i < lines.length - 1; i += 2) {
    const header = PushBatchHeader.safeParse(tryJson(decoder.decode(lines[i])));
    if (!header.success) {
      const issue = header.error.issues[0];
      return { ok: false, message: `line ${i + 1} is not a document header${issue?.path.length ? ` (${issue.path.join('.')}: ${issue.message})` : ''}` };
    }
    items.push({ header: header.data, body: lines[i + 1]! });
  }
  return { ok: true, items };
}
