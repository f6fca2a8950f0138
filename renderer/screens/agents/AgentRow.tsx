import { useState } from 'react';
import type { Agent } from '../../../shared/schemas/people';
import { errorMessage } from '../../api/errors';
import { useAgents } from '../../stores/agents';
import { AgentEditRow } from './AgentEditRow';
import { MergeDialog } from './MergeDialog';
import './AgentRow.css';

export function AgentRow({ agent, onChanged }: { agent: Agent; onChanged: (message: string) => void }) {
  const update = useAgents((s) => s.update);
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (editing) {
    return (
      <AgentEditRow
        agent={agent}
        onDone={(message) => {
          setEditing(false);
          if (message) onChanged(message);
        }}
      />
    );
  }

  const toggleActive = async () => {
    try {
      await update(agent.id, { active: !agent.active });
      setError(null);
      onChanged(`${agent.name} ${agent.active ? 'deactivated' : 'reactivated'}.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <tr className={agent.active ? undefined : 'agent-row--inactive'}>
      <th scope="row">
        {agent.name}
        {agent.fromColleague && <span className="u-muted"> (from a colleague)</span>}
      </th>
      <td>{agent.team || <span className="u-muted">—</span>}</td>
      <td>{agent.organisationKey ?? <span className="u-muted">—</span>}</td>
      <td>{agent.active ? 'Active' : 'Inactive'}</td>
      <td className="table__actions">
        <button type="button" className="button button--small" onClick={() => setEditing(true)} aria-label={`Edit ${agent.name}`}>
          Edit
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => void toggleActive()}
          aria-label={`${agent.active ? 'Deactivate' : 'Reactivate'} ${agent.name}`}
        >
          {agent.active ? 'Deactivate' : 'Reactivate'}
        </button>
        <button type="button" className="button button--small" onClick={() => setMerging(true)} aria-label={`Merge ${agent.name} into another agent`}>
          Merge…
        </button>
        {merging && (
          <MergeDialog
            agent={agent}
            onClose={(message) => {
              setMerging(false);
              if (message) onChanged(message);
            }}
          />
        )}
        {error && (
          <span role="alert" className="field__error">
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}
