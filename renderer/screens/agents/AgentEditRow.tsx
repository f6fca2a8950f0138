import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Agent } from '../../../shared/schemas/people';
import { errorMessage } from '../../api/errors';
import { useAgents } from '../../stores/agents';
import { AgentFields } from './AgentFields';
import './AgentEditRow.css';

/** Editing happens in place; the form spans the row so the list does not jump. */
export function AgentEditRow({ agent, onDone }: { agent: Agent; onDone: (message: string | null) => void }) {
  const update = useAgents((s) => s.update);
  const [name, setName] = useState(agent.name);
  const [team, setTeam] = useState(agent.team);
  const [organisationKey, setKey] = useState(agent.organisationKey ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await update(agent.id, { name: name.trim(), team: team.trim(), organisationKey: organisationKey.trim() });
      onDone(`${saved.name} saved.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone(null);
    }
  };

  return (
    <tr className="agent-edit-row">
      <td colSpan={5}>
        <form className="form form--row" onSubmit={submit} onKeyDown={onKeyDown} aria-label={`Edit ${agent.name}`} noValidate>
          <AgentFields
            name={name}
            team={team}
            organisationKey={organisationKey}
            onName={setName}
            onTeam={setTeam}
            onKey={setKey}
            autoFocus
            labelPrefix="Edit "
          />
          <button type="submit" className="button button--primary button--small">
            Save
          </button>
          <button type="button" className="button button--small" onClick={() => onDone(null)}>
            Cancel
          </button>
          {error && (
            <p role="alert" className="field__error form__row-error">
              {error}
            </p>
          )}
        </form>
      </td>
    </tr>
  );
}
