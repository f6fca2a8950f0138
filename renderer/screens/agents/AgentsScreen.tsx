import { useEffect, useId, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useAgents } from '../../stores/agents';
import { AddAgentForm } from './AddAgentForm';
import { AgentRow } from './AgentRow';
import { MergesPanel } from './MergesPanel';
import { ProposalsPanel } from './ProposalsPanel';

export function AgentsScreen() {
  const agents = useAgents((s) => s.agents);
  const loaded = useAgents((s) => s.loaded);
  const loadError = useAgents((s) => s.loadError);
  const load = useAgents((s) => s.load);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [message, setMessage] = useState('');
  const toggleId = useId();

  useEffect(() => {
    void load();
  }, [load]);

  const shown = includeInactive ? agents : agents.filter((a) => a.active);

  return (
    <div className="screen">
      <ScreenHeading>Agents</ScreenHeading>
      <AddAgentForm onAdded={(name) => setMessage(`${name} added.`)} />
      <p role="status" className="status-line">
        {message}
      </p>
      <ErrorNotice message={loadError} />
      <ProposalsPanel onDecided={setMessage} />
      <div className="toolbar">
        <input id={toggleId} type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />
        <label htmlFor={toggleId}>Show inactive agents</label>
      </div>
      {shown.length === 0 ? (
        <p className="empty">{loaded ? 'No agents yet. Add the people you review above.' : 'Loading agents…'}</p>
      ) : (
        <table className="table" aria-label="Agents">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Team</th>
              <th scope="col">Organisation key</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="u-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((agent) => (
              <AgentRow key={agent.id} agent={agent} onChanged={setMessage} />
            ))}
          </tbody>
        </table>
      )}
      <MergesPanel onUndone={setMessage} />
    </div>
  );
}
