import { useId, useState } from 'react';
import type { Agent } from '../../../shared/schemas/people';
import { errorMessage } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { useAgents } from '../../stores/agents';

/** Merges one agent into another: every scorecard moves, the merge is recorded and can be undone below the list. */
export function MergeDialog({ agent, onClose }: { agent: Agent; onClose: (message: string | null) => void }) {
  const agents = useAgents((s) => s.agents);
  const merge = useAgents((s) => s.merge);
  const [intoId, setIntoId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  const others = agents.filter((a) => a.id !== agent.id);
  const submit = async () => {
    try {
      const done = await merge(agent.id, intoId);
      onClose(`${done.from.name} merged into ${done.into.name}: ${done.movedScorecards} of your scorecards moved. You can undo this under "Merges".`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Dialog title={`Merge ${agent.name}`} onClose={() => onClose(null)} onSubmit={() => void submit()}>
      <p>
        Every scorecard of {agent.name} will count for the agent you choose, here and in reports. {agent.name} is kept aside, so the merge can be undone.
      </p>
      <div className="field">
        <label htmlFor={selectId}>Merge into</label>
        <select id={selectId} value={intoId} onChange={(e) => setIntoId(e.target.value)} data-autofocus>
          <option value="">Choose an agent…</option>
          {others.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
              {a.team ? ` (${a.team})` : ''}
              {a.organisationKey ? ` · ${a.organisationKey}` : ''}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p role="alert" className="field__error">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => onClose(null)}>
          Cancel
        </button>
        <button type="button" className="button button--primary" disabled={!intoId} onClick={() => void submit()}>
          Merge
        </button>
      </div>
    </Dialog>
  );
}
