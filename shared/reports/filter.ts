import { z } from 'zod';
import { Id } from '../schemas/common';
import { Channel } from '../schemas/interaction';

/** A local day, 'YYYY-MM-DD', in the user's time zone (never UTC: see local-day.ts). */
export const LocalDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day written YYYY-MM-DD' })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
    message: 'must be a real day',
  });

export const ReportSource = z.enum(['mine', 'team', 'all']);
export type ReportSource = z.infer<typeof ReportSource>;

/**
 * What every report is filtered by. Days are local and both ends are
 * included. Source: `mine` is what this install completed, `team` colleagues'
 * scorecards read from shares, `all` both.
 */
export const ReportFilter = z
  .object({
    from: LocalDay,
    to: LocalDay,
    team: z.string().max(200).optional(),
    agentId: Id.optional(),
    reviewerId: z.string().max(100).optional(),
    templateVersionId: z.string().max(100).optional(),
    channel: Channel.optional(),
    source: ReportSource.default('all'),
  })
  .strict()
  .refine((f) => f.from <= f.to, { message: 'the first day must not be after the last', path: ['to'] });
export type ReportFilter = z.output<typeof ReportFilter>;
export type ReportFilterInput = z.input<typeof ReportFilter>;
