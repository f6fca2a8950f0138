import type { Agent } from '../../shared/schemas/people';
import { isolate } from '../format/bidi';

/**
 * The options of an agent filter: "All agents" (the empty value), then every
 * agent, inactive ones included and marked, since their old reviews still count.
 */
export function AgentFilterOptions({ agents }: { agents: Agent[] }) {
  return (
    <>
      <option value="">All agents</option>
      {agents.map((agent) => (
        <option key={agent.id} value={agent.id}>
          {isolate(agent.name)}
          {agent.active ? '' : ' (inactive)'}
        </option>
      ))}
    </>
  );
}
