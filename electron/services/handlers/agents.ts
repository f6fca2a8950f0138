import { ApiError, type ApiHandlers } from '../../../shared/api';
import type { Agent } from '../../../shared/schemas/people';
import type { ServiceContext } from '../context';
import type { Repositories } from '../repositories';

export function agentsHandlers(ctx: ServiceContext, repos: Repositories): Pick<ApiHandlers, 'agents.list' | 'agents.create' | 'agents.update'> {
  return {
    'agents.list': ({ includeInactive }) => repos.agents.list(includeInactive),
    'agents.create': ({ name, team }) => {
      const at = ctx.now();
      const agent: Agent = { id: ctx.newId(), name, team, active: true, createdAt: at, updatedAt: at };
      repos.agents.insert(agent);
      return agent;
    },
    'agents.update': ({ id, ...changes }) => {
      const existing = repos.agents.get(id);
      if (!existing) throw new ApiError('not_found', 'That agent no longer exists.');
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const agent: Agent = { ...existing, ...defined, updatedAt: ctx.now() };
      repos.agents.update(agent);
      return agent;
    },
  };
}
