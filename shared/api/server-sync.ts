import { z } from 'zod';
import { method, NoInput } from './method';
import { Id, IsoDateTime } from '../schemas/common';
import { ScorecardStatus } from '../schemas/scorecard';
import { ServerUrl } from '../schemas/server-target';

/**
 * Server target tokens, the connection test, and CSV export (issue 4, part B).
 * See the README's "Server sync contract" and "CSV export".
 */

/** Where secrets are kept on this install, for the settings screen. */
export const SecretLocation = z.object({
  /** "os-keychain": encrypted by the OS keychain. "user-only-file": plain text in a file only this user can read (say so). */
  protection: z.enum(['os-keychain', 'user-only-file']),
  /** One sentence, e.g. "encrypted with a key kept by the macOS Keychain (…)". */
  where: z.string(),
});
export type SecretLocation = z.infer<typeof SecretLocation>;

/** A server target's token as the page may see it: whether one is set, never the token itself. */
export const ServerTokenStatus = SecretLocation.extend({
  targetId: Id,
  tokenSet: z.boolean(),
});
export type ServerTokenStatus = z.infer<typeof ServerTokenStatus>;

/** A bearer token: visible ASCII without spaces (it goes into an HTTP header as is). */
export const BearerToken = z
  .string()
  .trim()
  .min(1, { message: 'a token is required' })
  .max(8192, { message: 'a token must be at most 8192 characters' })
  .regex(/^[\x21-\x7e]+$/, { message: 'a token has no spaces and only plain ASCII characters: paste it exactly as the server gave it' });

export const ServerTestInput = z
  .object({
    url: ServerUrl,
    /** Use this saved target's token (unless `token` is given). */
    targetId: Id.optional(),
    /** A token typed into the dialog but not saved yet. Used for this test only, never stored. */
    token: BearerToken.optional(),
    timeoutMs: z.number().int().min(1000).max(60_000).default(10_000),
  })
  .strict();
export type ServerTestInput = z.input<typeof ServerTestInput>;

export const ServerTestResult = z.object({
  /** True when the server answered the health check 2xx (with the token accepted, when one was sent). */
  ok: z.boolean(),
  outcome: z.enum(['connected', 'token_refused', 'no_health_endpoint', 'server_error', 'unreachable', 'unexpected']),
  /** One sentence for the dialog. */
  message: z.string(),
  /** The address that was asked: `GET <url>/health`. */
  testedUrl: z.string(),
  httpStatus: z.number().int().nullable(),
  tokenSent: z.boolean(),
  elapsedMs: z.number().int(),
});
export type ServerTestResult = z.infer<typeof ServerTestResult>;

/** A calendar day (the whole day, UTC) or an exact moment. */
const DayOrMoment = z.union([
  z.iso.date({ message: 'must be a date (YYYY-MM-DD) or an ISO date-time' }),
  IsoDateTime,
]);

export const CsvKind = z.enum(['scorecards', 'sections', 'answers']);
export type CsvKind = z.infer<typeof CsvKind>;

/** Where the next chunk starts: the last scorecard of this one. Opaque to the page. */
export const CsvCursor = z.string().regex(/^[0-9T:.+\-Z]{10,40}\|[0-9a-f-]{36}$/i, { message: 'not a valid export cursor: start the export again' });

export const CsvExportInput = z
  .object({
    /** One row per scorecard, per section of each scorecard, or per answer (element) of each scorecard. */
    kind: CsvKind,
    agentId: Id.optional(),
    /** Interactions that occurred at or after this (a date means from the start of that day, UTC). */
    from: DayOrMoment.optional(),
    /** Interactions that occurred before this moment, or on or before this day (a date includes the whole day, UTC). */
    to: DayOrMoment.optional(),
    /** Omitted: drafts and completed alike (drafts have provisional scores, marked in the `provisional` column). */
    status: ScorecardStatus.optional(),
    /** Absent for the first chunk; then the previous chunk's `nextCursor`. */
    cursor: CsvCursor.optional(),
    /** Scorecards per chunk: each chunk stays a few MB even for the answers export. */
    limit: z.number().int().min(1).max(10_000).default(2000),
    /** The user's locale and time zone, for the columns that show dates as they read them (ISO beside them). Default: en-GB, UTC. */
    locale: z.string().min(2).max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { message: 'must be a language tag such as en-GB' }).optional(),
    timeZone: z.string().min(1).max(64).regex(/^[A-Za-z0-9_+\-/]+$/, { message: 'must be a time zone name such as Europe/London' }).optional(),
  })
  .strict()
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
export type CsvExportInput = z.input<typeof CsvExportInput>;

export const CsvExportChunk = z.object({
  /** A suggested file name, e.g. callmark-answers-2026-11-20.csv. */
  fileName: z.string(),
  /**
   * CSV text of this chunk. The first chunk starts with the UTF-8 BOM and the
   * header row; later chunks hold rows only. Concatenate the chunks in order
   * (e.g. new Blob(chunks, { type: 'text/csv' })) for the whole file.
   */
  text: z.string(),
  /** Rows in this chunk. */
  rows: z.number().int(),
  /** Scorecards in this chunk (rows are per scorecard, section or answer). */
  scorecards: z.number().int(),
  /**
   * Scorecards matching the filter, for a progress bar (done = sum of `scorecards` so far): counted for the first
   * chunk only, null on later ones, so a long export does not count the whole filter again at every chunk.
   */
  totalScorecards: z.number().int().nullable(),
  /** Null when this was the last chunk. */
  nextCursor: z.string().nullable(),
});
export type CsvExportChunk = z.infer<typeof CsvExportChunk>;

const TargetRef = z.object({ targetId: Id }).strict();

export const serverSyncApi = {
  /** Where this install keeps secrets (before any token is set). */
  'sync.server.secretLocation': method(NoInput, SecretLocation),
  /** Saves (or replaces) a server target's bearer token in the keychain. Answers whether one is set — never the token. */
  'sync.server.setToken': method(z.object({ targetId: Id, token: BearerToken }).strict(), ServerTokenStatus),
  'sync.server.clearToken': method(TargetRef, ServerTokenStatus),
  'sync.server.tokenStatus': method(TargetRef, ServerTokenStatus),
  /** Connection test: `GET <url>/health` with the token; sends no scorecard and changes nothing on the server. */
  'sync.server.test': method(ServerTestInput, ServerTestResult),
  /** One chunk of a CSV export; call again with `nextCursor` until it is null. */
  'export.csv': method(CsvExportInput, CsvExportChunk),
};
