import { z } from 'zod';
import { method } from './method';
import { Agent, OrganisationKey } from '../schemas/people';
import { Id, IsoDateTime } from '../schemas/common';
import { PersonName } from '../people/names';

/** An empty key clears it: the form sends what was typed. */
const KeyField = z.union([z.literal(''), OrganisationKey]).transform((k) => (k === '' ? null : k));

const AgentFields = z
  .object({
    name: PersonName('Name'),
    team: z.string().trim().max(200).default(''),
    organisationKey: KeyField.optional(),
  })
  .strict();

/** A merge as recorded: who went into whom, when, how many of this install's scorecards moved, and whether it was undone. */
export const AgentMerge = z.object({
  id: Id,
  from: z.object({ id: Id, name: z.string(), team: z.string() }),
  into: z.object({ id: Id, name: z.string(), team: z.string() }),
  movedScorecards: z.number().int(),
  mergedAt: IsoDateTime,
  undoneAt: IsoDateTime.nullable(),
});
export type AgentMerge = z.infer<typeof AgentMerge>;

/**
 * A colleague's agent that looks like one of ours (same name and team, no key
 * to be sure): put to the user, never applied on its own.
 */
export const AgentMatchProposal = z.object({
  agent: Agent,
  candidate: Agent,
  /** Colleagues' completed scorecards attached to `agent`. */
  scorecards: z.number().int(),
});
export type AgentMatchProposal = z.infer<typeof AgentMatchProposal>;

export const agentsApi = {
  'agents.list': method(
    z.object({ includeInactive: z.boolean().default(false), includeMerged: z.boolean().default(false) }).strict(),
    z.array(Agent),
  ),
  'agents.create': method(AgentFields, Agent),
  'agents.update': method(
    z
      .object({
        id: Id,
        name: PersonName('Name').optional(),
        team: z.string().trim().max(200).optional(),
        active: z.boolean().optional(),
        organisationKey: KeyField.optional(),
      })
      .strict(),
    Agent,
  ),
  /** Agents already called this (any case, spaces trimmed): the add form warns before a second one is made. */
  'agents.sameName': method(z.object({ name: z.string().max(200) }).strict(), z.array(Agent)),
  /** Moves every scorecard of `fromId` to `intoId` and records it; `fromId` stays, hidden, so the merge can be undone. */
  'agents.merge': method(z.object({ fromId: Id, intoId: Id }).strict(), AgentMerge),
  'agents.undoMerge': method(z.object({ mergeId: Id }).strict(), AgentMerge),
  'agents.merges': method(z.object({}).strict().default({}), z.array(AgentMerge)),
  /** Open proposals: colleagues' agents with the same name and team as one of ours and no key to tell. */
  'agents.proposals': method(z.object({}).strict().default({}), z.array(AgentMatchProposal)),
  /** `same`: they are one person (the colleague's agent is merged into ours); `apart`: never proposed again. */
  'agents.decideProposal': method(
    z.object({ agentId: Id, candidateId: Id, decision: z.enum(['same', 'apart']) }).strict(),
    z.object({ merge: AgentMerge.nullable() }),
  ),
};
