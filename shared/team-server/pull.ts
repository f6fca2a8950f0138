import { z } from 'zod';
import { Id, IsoDateTime } from '../schemas/common';
import { splitLines, tryJson } from './lines';

/**
 * The team server's pull answer (`GET /v1/documents?since=<cursor>&limit=<n>`,
 * docs/team-server.md), written and read here so the server and a desktop
 * import source cannot disagree about it.
 *
 * `application/x-ndjson`, one JSON value per line:
 *
 *   {"kind":"scorecard","documentId":"…","revision":2,"bodySha256":"…","storedAt":"…"}   a document's header
 *                                  (and "writer":"<install id>" for kinds several installs write)
 *   {"format":"callmark.scorecard",…}                                                  its exact bytes, as pushed
 *   … (a header and a body per document, in commit order)
 *   {"nextCursor":"…","hasMore":false,"count":N}                                        the trailer, always last
 *
 * Each body is the document's exact text (canonical JSON is one line), the
 * same text a shared folder's file holds, so a reader checks it with the
 * folder import's own verifyExportText and `bodySha256` with a plain SHA-256.
 * The server never has to re-encode a body, nor the reader to decode one
 * twice. The trailer comes last so that a cut answer is recognised (no
 * trailer, or a count that does not match) rather than taken as a short page.
 * Readers must skip kinds they do not know.
 */
export const PULL_CONTENT_TYPE = 'application/x-ndjson';

export const PulledHeader = z.object({
  kind: z.string().min(1),
  documentId: Id,
  revision: z.number().int().min(1),
  /** The writing install, for kinds several installs write (shared/sync/kinds: `many-installs`); absent for the others. */
  writer: Id.optional(),
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
  storedAt: IsoDateTime,
});
export type PulledHeader = z.infer<typeof PulledHeader>;

export const PullTrailer = z.object({
  /** Opaque: pass it back as `since`. */
  nextCursor: z.string(),
  /** More documents are ready: ask again at once. */
  hasMore: z.boolean(),
  count: z.number().int().min(0),
});
export type PullTrailer = z.infer<typeof PullTrailer>;

export type PulledDocument = PulledHeader & { body: string };
export type PullPage = Omit<PullTrailer, 'count'> & { items: PulledDocument[] };

/** A document's two lines: its header, then its exact body (which must be one line, as canonical JSON is). */
export function formatPulledDocument({ body, ...header }: PulledDocument): string {
  if (/[\n\r]/.test(body)) throw new Error(`the body of ${header.documentId} has a line break: it cannot be framed`);
  return `${formatPulledHeader(header)}\n${body}\n`;
}

/** A document's header line, without its line break: for a writer that sends the body's bytes as they are stored. */
export function formatPulledHeader({ kind, documentId, revision, writer, bodySha256, storedAt }: PulledHeader): string {
  return JSON.stringify({ kind, documentId, revision, ...(writer ? { writer } : {}), bodySha256, storedAt });
}

/** The last line of every page. */
export const formatPullTrailer = (trailer: PullTrailer): string =>
  `${JSON.stringify({ nextCursor: trailer.nextCursor, hasMore: trailer.hasMore, count: trailer.count })}\n`;

export function formatPullPage(page: PullPage): string {
  return page.items.map(formatPulledDocument).join('') + formatPullTrailer({ nextCursor: page.nextCursor, hasMore: page.hasMore, count: page.items.length });
}

/**
 * Reads a page from its text, or from its bytes as they arrived: then each
 * line is decoded on its own (a line break is one byte that never occurs
 * inside another character in UTF-8), and no page-long string is built and
 * split, which took a reader more than twice as long as the rest.
 */
export function parsePullPage(input: string | Uint8Array): { ok: true; page: PullPage } | { ok: false; message: string } {
  const lines = typeof input === 'string' ? input.split('\n') : splitLines(input);
  if (lines.pop() !== '' || lines.length % 2 !== 1) return { ok: false, message: 'the answer is cut short (it does not end with its trailer line)' };
  const trailer = PullTrailer.safeParse(tryJson(lines.at(-1)!));
  if (!trailer.success) return { ok: false, message: 'the answer is cut short or damaged (its last line is not the trailer)' };
  if (trailer.data.count !== (lines.length - 1) / 2) return { ok: false, message: `the answer holds ${(lines.length - 1) / 2} documents, not the ${trailer.data.count} its trailer counts` };
  const items: PulledDocument[] = [];
  for (let i = 0; i < lines.length - 1; i += 2) {
    const header = PulledHeader.safeParse(tryJson(lines[i]!));
    if (!header.success) return { ok: false, message: `line ${i + 1} is not a document header` };
    items.push({ ...header.data, body: lines[i + 1]! });
  }
  return { ok: true, page: { items, nextCursor: trailer.data.nextCursor, hasMore: trailer.data.hasMore } };
}

/**
 * A page's trailer, read from its last line alone: where the next page starts,
 * so a reader can ask for it while it still checks this one. Null when the
 * last line is not a trailer (a cut answer; parsePullPage then says why).
 */
export function readPullTrailer(bytes: Uint8Array): PullTrailer | null {
  if (bytes.at(-1) !== 0x0a) return null;
  const start = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
  const trailer = PullTrailer.safeParse(tryJson(new TextDecoder().decode(bytes.subarray(start, bytes.length - 1))));
  return trailer.success ? trailer.data : null;
}

/** Every refusal of the team server: a stable code for programs, a sentence for people. */
export const TeamServerError = z.object({ error: z.string(), message: z.string() });
export type TeamServerError = z.infer<typeof TeamServerError>;
