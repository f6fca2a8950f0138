import { z } from 'zod';

const Header = z.string().trim().min(1, { message: 'choose a column' }).max(200);

/** How a survey file's columns map to what Callmark reads; remembered for the next file. */
export const SurveyMapping = z
  .object({
    reference: Header,
    date: Header,
    agent: Header,
    rating: Header,
    /** Optional: no comment column. */
    comment: z.string().trim().max(200).default(''),
    dateFormat: z.enum(['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY']),
    ratingMin: z.number().finite(),
    ratingMax: z.number().finite(),
    encoding: z.enum(['utf-8', 'windows-1252']).default('utf-8'),
  })
  .strict()
  .refine((m) => m.ratingMin < m.ratingMax, { message: 'the lowest rating must be below the highest', path: ['ratingMax'] });
export type SurveyMapping = z.output<typeof SurveyMapping>;
export type SurveyMappingInput = z.input<typeof SurveyMapping>;

/** GovMetric's own export names, offered before anything is remembered. */
export const DEFAULT_MAPPING: SurveyMapping = {
  reference: 'Reference',
  date: 'Date',
  agent: 'Agent',
  rating: 'Rating',
  comment: 'Comment',
  dateFormat: 'DD/MM/YYYY',
  ratingMin: 1,
  ratingMax: 5,
  encoding: 'utf-8',
};
