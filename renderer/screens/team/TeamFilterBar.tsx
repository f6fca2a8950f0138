import { useId } from 'react';
import { useTeam } from '../../stores/team';

/** Filters by any part of a name, as typed: imported agents are colleagues' records, not this computer's agent list. */
export function TeamFilterBar() {
  const agent = useTeam((s) => s.agent);
  const reviewer = useTeam((s) => s.reviewer);
  const setFilters = useTeam((s) => s.setFilters);
  const agentId = useId();
  const reviewerId = useId();
  return (
    <div className="filter-bar" role="search" aria-label="Filter team scorecards">
      <div className="field field--inline">
        <label htmlFor={agentId}>Agent name</label>
        <input id={agentId} type="search" value={agent} onChange={(e) => setFilters({ agent: e.target.value })} />
      </div>
      <div className="field field--inline">
        <label htmlFor={reviewerId}>Reviewer name</label>
        <input id={reviewerId} type="search" value={reviewer} onChange={(e) => setFilters({ reviewer: e.target.value })} />
      </div>
    </div>
  );
}
