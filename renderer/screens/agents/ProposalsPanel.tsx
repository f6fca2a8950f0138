import { useState } from 'react';
import type { AgentMatchProposal } from '../../../shared/api/agents';
import { errorMessage } from '../../api/errors';
import { useAgents } from '../../stores/agents';

const who = (a: AgentMatchProposal['agent']) => `${a.name}${a.team ? ` (${a.team})` : ''}`;

/**
 * Colleagues' agents that look like one of ours (same name and team, no key
 * to tell): never joined on a guess; the user says whether they are one person.
 */
export function ProposalsPanel({ onDecided }: { onDecided: (message: string) => void }) {
  const proposals = useAgents((s) => s.proposals);
  const decide = useAgents((s) => s.decide);
  const [error, setError] = useState<string | null>(null);
  if (!proposals.length) return null;
  const act = async (p: AgentMatchProposal, decision: 'same' | 'apart') => {
    try {
      await decide(p, decision);
      setError(null);
      onDecided(decision === 'same' ? `${p.agent.name} from a colleague is now the same person as your ${p.candidate.name}.` : `${p.agent.name} kept apart.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="panel" aria-labelledby="agent-proposals-title">
      <h2 id="agent-proposals-title">Same person?</h2>
      <p className="u-muted">
        These agents came with colleagues' scorecards and have the same name and team as one of yours, but no organisation key to be sure.
      </p>
      <ul className="agent-proposals">
        {proposals.map((p) => (
          <li key={`${p.agent.id}|${p.candidate.id}`}>
            <span>
              {who(p.agent)}, on {p.scorecards} colleague scorecard{p.scorecards === 1 ? '' : 's'}, and your {who(p.candidate)}
            </span>{' '}
            <button type="button" className="button button--small" aria-label={`Same person: ${p.agent.name}`} onClick={() => void act(p, 'same')}>
              Same person
            </button>{' '}
            <button type="button" className="button button--small" aria-label={`Keep apart: ${p.agent.name}`} onClick={() => void act(p, 'apart')}>
              Keep apart
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="field__error">
          {error}
        </p>
      )}
    </section>
  );
}
