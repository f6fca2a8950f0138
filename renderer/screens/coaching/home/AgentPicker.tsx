import { useEffect, useId, useState } from 'react';
import { navigate } from '../../../router/router';
import { useAgents } from '../../../stores/agents';

/** Choose an agent to open their profile: the start of preparing a one-to-one. */
export function AgentPicker() {
  const agents = useAgents((s) => s.agents);
  const load = useAgents((s) => s.load);
  const [agentId, setAgentId] = useState('');
  const id = useId();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <form
      className="panel coaching-home__picker"
      aria-label="Open an agent's profile"
      onSubmit={(e) => {
        e.preventDefault();
        if (agentId) navigate({ name: 'coaching', at: { page: 'profile', agentId } });
      }}
    >
      <div className="field field--inline">
        <label htmlFor={id}>Agent</label>
        <select id={id} value={agentId} onChange={(e) => setAgentId(e.target.value)}>
          <option value="">Choose an agent…</option>
          {agents.map((a) => (
            <option key={a.id} value={a.id}>
              {a.team ? `${a.name} (${a.team})` : a.name}
              {a.active ? '' : ' — inactive'}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary" disabled={!agentId}>
        Open profile
      </button>
    </form>
  );
}
