import { z } from 'zod';

/** Every record id is a UUID so scorecards from different laptops never collide when synced. */
export const Id = z.uuid({ message: 'must be an id (UUID)' });
export type Id = z.infer<typeof Id>;

/** Timestamps cross every boundary as ISO-8601 strings in UTC. */
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO date-time' });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

export const NonEmptyText = (field: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, { message: `${field} is required` })
    .max(max, { message: `${field} must be at most ${max} characters` });
