import { z } from 'zod';
import { Id, IsoDateTime } from '../schemas/common';
import { Channel } from '../schemas/interaction';
import { AnswerValue } from '../schemas/scorecard';
import { TemplateContent } from '../schemas/template';
import { LowerCaseUuid, Sha256Text } from '../sync/ids';
import { DocumentSignature } from '../sync/signature';

/**
 * The export format: one JSON document per completed scorecard revision, written
 * to shared folders and POSTed to servers. This zod schema is the source;
 * `schemas/scorecard-export.schema.json` is generated from it (npx tsx
 * scripts/generate-export-schema.ts) and a test keeps the two equal.
 *
 * Compatibility rule for outside readers: a new optional field keeps
 * `formatVersion`; anything else (a removed, renamed or re-typed field) bumps it.
 * The patterns here only say what every Callmark has always written (exact
 * fractions as integers in decimal, ids in lower case), so documents written
 * by earlier versions still read.
 */
export const EXPORT_FORMAT = 'callmark.scorecard';
export const EXPORT_FORMAT_VERSION = 1;

const Sha256 = Sha256Text;

/** An exact fraction as the scoring engine writes it: integers in decimal, the denominator positive. */
export const ExportExact = z.object({
  numerator: z.string().regex(/^(0|-?[1-9][0-9]*)$/, { message: 'must be an integer in decimal' }),
  denominator: z.string().regex(/^[1-9][0-9]*$/, { message: 'must be a positive integer in decimal' }),
});

/** SCORING.md rule 6: the exact fraction, the full-precision value and the value rounded half up to one decimal. */
export const ExportPercentage = z.object({ exact: ExportExact, value: z.number(), rounded: z.number() });

export const ExportPerson = z.object({ id: Id, name: z.string() });

export const ExportAgent = ExportPerson.extend({
  team: z.string(),
  organisationKey: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("The organisation's own key for the agent (employee number or e-mail), when set: the same person on every install."),
});

/** The recording is named and fingerprinted only: never its audio, never where it lives on the reviewer's disk. */
export const ExportRecording = z.object({
  fileName: z.string().describe('The file name only, without any folder.'),
  sha256: Sha256,
  sizeBytes: z.number().int().min(0),
});
export type ExportRecording = z.infer<typeof ExportRecording>;

export const ExportInteraction = z.object({
  id: Id,
  channel: Channel,
  occurredAt: IsoDateTime,
  reference: z.string(),
  durationSeconds: z.number().int().min(0).nullable(),
  customerName: z
    .string()
    .optional()
    .describe('Personal data: present only when the exporting install allows it (sync setting "includeCustomerName", off by default).'),
  recording: ExportRecording.nullable(),
});

export const ExportTemplate = z.object({
  id: Id,
  versionId: Id,
  version: z.number().int().min(1),
  name: z.string(),
  contentHash: Sha256.describe('SHA-256 of the canonical JSON of `content`, identical on every install.'),
  content: TemplateContent.describe('The full template version, so element and section ids can be read without Callmark.'),
});

export const ExportAnswer = z.object({
  elementId: z.string(),
  sectionId: z.string(),
  value: AnswerValue.describe('"met", "not_met", "na" (not applicable) or a scale value 0..max.'),
  comment: z.string(),
});
export type ExportAnswer = z.infer<typeof ExportAnswer>;

export const ExportNote = z.object({
  id: Id,
  elementId: z.string().nullable().describe('Null: the note is about the whole review.'),
  atSeconds: z.number().min(0).describe('Playback (or live clock) time the note was dropped at.'),
  text: z.string(),
  createdAt: IsoDateTime,
});
export type ExportNote = z.infer<typeof ExportNote>;

export const ExportSectionScore = z.object({
  sectionId: z.string(),
  percentage: ExportPercentage.nullable().describe('Null when no element of the section was applicable.'),
  earnedPoints: ExportExact,
  possiblePoints: ExportExact,
  bandId: z.string(),
  criticalFailElementId: z.string().nullable(),
});

export const ExportScore = z.object({
  overall: ExportPercentage.nullable().describe('Exact fraction, full-precision value and value rounded half up to one decimal (SCORING.md rule 6). Null when nothing was applicable.'),
  sections: z.array(ExportSectionScore),
  bandId: z.string(),
  bandLabel: z.string(),
  meetsTarget: z.boolean(),
  automaticFail: z.boolean(),
  automaticFailElementIds: z.array(z.string()),
});

export const ExportOrigin = z.object({
  application: z.literal('Callmark'),
  appVersion: z.string(),
  installId: LowerCaseUuid.describe('The Callmark install that completed and exported the scorecard.'),
});

export const ScorecardExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION).meta({ type: 'integer' }),
  contentHash: Sha256.describe('SHA-256 (hex) of the canonical JSON (RFC 8785 style: keys sorted, no whitespace) of this document without `contentHash`.'),
  scorecardId: LowerCaseUuid.describe('Lower case, as in the file name `<scorecardId>.r<revision>.json`.'),
  revision: z.number().int().min(1).describe('1 for the first completion; each later change is a new revision with its own document.'),
  revisionReason: z.string().nullable(),
  completedAt: IsoDateTime,
  reviewer: ExportPerson,
  agent: ExportAgent,
  interaction: ExportInteraction,
  template: ExportTemplate,
  answers: z.array(ExportAnswer),
  notes: z.array(ExportNote),
  score: ExportScore,
  origin: ExportOrigin,
  signature: DocumentSignature.optional(),
});
export type ScorecardExport = z.infer<typeof ScorecardExport>;
export type ScorecardExportInput = z.input<typeof ScorecardExport>;
