import { z } from 'zod';
import { Id } from '../schemas/common';
import { LocalDay } from '../reports/filter';

/**
 * An agreed action (issue 8): what, who owns it, when it is due, and whether it
 * is open, done or dropped. It belongs to the agent and carries over to the
 * next session while open. A draft saves it as typed (an owner may still be
 * empty); completing the session checks it (./problems.ts).
 */
export const ActionStatus = z.enum(['open', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const ActionFields = {
  what: z.string().max(2000, { message: 'an action must be at most 2000 characters' }),
  owner: z.string().max(200, { message: 'an owner must be at most 200 characters' }),
  dueOn: LocalDay.nullable(),
};

export const SessionAction = z.object({
  id: Id,
  /** The session it was agreed in. */
  sessionId: Id,
  ...ActionFields,
  status: ActionStatus,
  /** The day it was last marked done or dropped; null while open. */
  statusOn: LocalDay.nullable(),
});
export type SessionAction = z.infer<typeof SessionAction>;
