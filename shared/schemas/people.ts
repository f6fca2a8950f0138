import { z } from 'zod';
import { Id, IsoDateTime, NonEmptyText } from './common';

/**
 * The organisation's own key for an agent (an employee number or an e-mail): the same person on every install.
 * Optional; unique when set, whatever its case.
 */
export const OrganisationKey = z
  .string()
  .trim()
  .min(1, { message: 'Organisation key: enter a key or leave it empty' })
  .max(200, { message: 'Organisation key: at most 200 characters' })
  .refine((k) => ![...k].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127), { message: 'Organisation key: no control characters' });

/** The person scored: a member of the front-line team. */
export const Agent = z.object({
  id: Id,
  name: NonEmptyText('Name'),
  team: z.string().trim().max(200),
  active: z.boolean(),
  organisationKey: z.string().nullable(),
  /** Set when this agent was merged into another: their scorecards count there, until the merge is undone. */
  mergedInto: Id.nullable(),
  /** First seen on a colleague's scorecard rather than added here. */
  fromColleague: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Agent = z.infer<typeof Agent>;

/** The person scoring. Each install has one local reviewer whose name is stamped on scorecards. */
export const Reviewer = z.object({
  id: Id,
  name: NonEmptyText('Your name'),
});
export type Reviewer = z.infer<typeof Reviewer>;
