import { ApiError } from '../../../shared/api';
import type { agentsApi } from '../../../shared/api/agents';
import type { Agent } from '../../../shared/schemas/people';
import type { ModuleFactory } from '../module';

/** The people whose calls are scored. */
export const agentsModule: ModuleFactory<keyof typeof agentsApi> = (ctx, repos) => ({
  handlers: {
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
  },
});
