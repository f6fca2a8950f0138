import { z } from 'zod';
import { Id, IsoDateTime, NonEmptyText } from './common';

/** The person scored: a member of the front-line team. */
export const Agent = z.object({
  id: Id,
  name: NonEmptyText('Name'),
  team: z.string().trim().max(200),
  active: z.boolean(),
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
