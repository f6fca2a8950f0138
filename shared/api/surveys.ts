import { z } from 'zod';
import { method } from './method';
import { SurveyMapping } from '../reports/survey/mapping';

/** A survey file as the page read it: its name and bytes (base64), at most 10 MB. */
const SurveyFile = z
  .object({
    fileName: z.string().trim().min(1).max(260),
    contentBase64: z.string().max(14_000_000, { message: 'the file is larger than 10 MB' }).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' }),
    mapping: SurveyMapping,
  })
  .strict();

export const SurveyCheck = z.object({
  encoding: z.string(),
  /** The file's header row, for mapping columns. */
  columns: z.array(z.string()),
  rows: z.number().int(),
  /** Rows that would be imported. */
  good: z.number().int(),
  /** Rows already imported, exactly the same: left as they are. */
  alreadyImported: z.number().int(),
  /** Rows whose reference matches a scored interaction. */
  matched: z.number().int(),
  bad: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  /** Why the whole file cannot be read (encoding, quotes, a missing column); null when it can. */
  problem: z.string().nullable(),
});
export type SurveyCheck = z.infer<typeof SurveyCheck>;

export const surveysApi = {
  /** The mapping used last (GovMetric's column names before any import). */
  'surveys.mapping': method(z.object({}).strict().default({}), SurveyMapping),
  /** Reads and checks a file without importing anything. */
  'surveys.check': method(SurveyFile, SurveyCheck),
  /** Imports every row or none: a file with any bad row is refused, with the rows and reasons. Remembers the mapping. */
  'surveys.import': method(SurveyFile, z.object({ imported: z.number().int(), alreadyImported: z.number().int(), matched: z.number().int() })),
};
