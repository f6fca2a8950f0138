import { useId } from 'react';
import type { Agent } from '../../../shared/schemas/people';
import { ScorecardStatus } from '../../../shared/schemas/scorecard';
import { AgentFilterOptions } from '../../components/AgentFilterOptions';
import { useReviews } from '../../stores/reviews';
import { statusLabels } from './status-labels';

export function ReviewFilters({ agents }: { agents: Agent[] }) {
  const agentId = useReviews((s) => s.agentId);
  const status = useReviews((s) => s.status);
  const setFilters = useReviews((s) => s.setFilters);
  const agentField = useId();
  const statusField = useId();

  return (
    <div className="filter-bar" role="group" aria-label="Filter reviews">
      <div className="field field--inline">
        <label htmlFor={agentField}>Agent</label>
        <select id={agentField} value={agentId ?? ''} onChange={(e) => setFilters({ agentId: e.target.value || null })}>
          <AgentFilterOptions agents={agents} />
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor={statusField}>Status</label>
        <select
          id={statusField}
          value={status ?? ''}
          onChange={(e) => {
            const parsed = ScorecardStatus.safeParse(e.target.value);
            setFilters({ status: parsed.success ? parsed.data : null });
          }}
        >
          <option value="">All</option>
          {ScorecardStatus.options.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
