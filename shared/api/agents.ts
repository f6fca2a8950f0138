import { z } from 'zod';
import { method } from './method';
import { Agent } from '../schemas/people';
import { Id } from '../schemas/common';
import { PersonName } from '../people/names';

const AgentFields = z
  .object({
    name: PersonName('Name'),
    team: z.string().trim().max(200).default(''),
  })
  .strict();

export const agentsApi = {
  'agents.list': method(z.object({ includeInactive: z.boolean().default(false) }).strict(), z.array(Agent)),
  'agents.create': method(AgentFields, Agent),
  'agents.update': method(
    z
      .object({
        id: Id,
        name: PersonName('Name').optional(),
        team: z.string().trim().max(200).optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    Agent,
  ),
};
