import { useState, type FormEvent } from 'react';
import { nameProblem } from '../../../shared/people/names';
import { duplicateNameWarning } from '../../../shared/reports/agent-identity';
import { errorMessage } from '../../api/errors';
import { useAgents } from '../../stores/agents';
import { AgentFields } from './AgentFields';

export function AddAgentForm({ onAdded }: { onAdded: (name: string) => void }) {
  const create = useAgents((s) => s.create);
  const sameName = useAgents((s) => s.sameName);
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const [organisationKey, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** The duplicate-name warning, once shown: the next press adds anyway. */
  const [warning, setWarning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const rename = (value: string) => {
    setName(value);
    setWarning(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = name.trim() ? nameProblem(name, 'The agent’s name') : 'Type the agent’s name.';
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      if (!warning) {
        const found = duplicateNameWarning(name, await sameName(name));
        if (found) {
          setWarning(found);
          return;
        }
      }
      const agent = await create({ name: name.trim(), team: team.trim(), organisationKey: organisationKey.trim() });
      setName('');
      setTeam('');
      setKey('');
      setError(null);
      setWarning(null);
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
      <AgentFields name={name} team={team} organisationKey={organisationKey} onName={rename} onTeam={setTeam} onKey={setKey} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {warning ? 'Add anyway' : 'Add agent'}
      </button>
      {warning && (
        <p role="alert" className="notice notice--warning form__row-error">
          {warning}
        </p>
      )}
      {error && (
        <p role="alert" className="field__error form__row-error">
          {error}
        </p>
      )}
    </form>
  );
}
