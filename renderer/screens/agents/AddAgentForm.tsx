import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/errors';
import { useAgents } from '../../stores/agents';
import { AgentFields } from './AgentFields';

export function AddAgentForm({ onAdded }: { onAdded: (name: string) => void }) {
  const create = useAgents((s) => s.create);
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Type the agent’s name.');
      return;
    }
    setBusy(true);
    try {
      const agent = await create({ name: name.trim(), team: team.trim() });
      setName('');
      setTeam('');
      setError(null);
      onAdded(agent.name);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form form--row panel" onSubmit={submit} aria-labelledby="add-agent-title" noValidate>
      <h2 id="add-agent-title" className="form__row-title">
        Add an agent
      </h2>
      <AgentFields name={name} team={team} onName={setName} onTeam={setTeam} />
      <button type="submit" className="button button--primary" disabled={busy}>
        Add agent
      </button>
      {error && (
        <p role="alert" className="field__error form__row-error">
          {error}
        </p>
      )}
    </form>
  );
}
