import { useId } from 'react';
import type { Agent } from '../../../shared/schemas/people';
import { ScorecardStatus } from '../../../shared/schemas/scorecard';
import { AgentFilterOptions } from '../../components/AgentFilterOptions';
import { useReviews } from '../../stores/reviews';
import { statusLabels } from './status-labels';
import './ReviewFilters.css';

/** Agent, status, a reference and the calls' dates, in the user's own days (issue 13 item 8). */
export function ReviewFilters({ agents }: { agents: Agent[] }) {
  const agentId = useReviews((s) => s.agentId);
  const status = useReviews((s) => s.status);
  const search = useReviews((s) => s.search);
  const fromDay = useReviews((s) => s.fromDay);
  const toDay = useReviews((s) => s.toDay);
  const setFilters = useReviews((s) => s.setFilters);
  const id = useId();
  const backwards = fromDay !== '' && toDay !== '' && fromDay > toDay;

  return (
    <div className="filter-bar review-filters" role="group" aria-label="Filter reviews">
      <div className="field field--inline">
        <label htmlFor={`${id}-agent`}>Agent</label>
        <select id={`${id}-agent`} value={agentId ?? ''} onChange={(e) => setFilters({ agentId: e.target.value || null })}>
          <AgentFilterOptions agents={agents} />
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
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
      <div className="field field--inline review-filters__search">
        <label htmlFor={`${id}-search`}>Reference</label>
        <input id={`${id}-search`} type="search" value={search} placeholder="e.g. 1002" maxLength={200} onChange={(e) => setFilters({ search: e.target.value })} />
      </div>
      <div className="field field--inline">
        <label htmlFor={`${id}-from`}>Calls from</label>
        <input id={`${id}-from`} type="date" value={fromDay} max={toDay || undefined} onChange={(e) => setFilters({ fromDay: e.target.value })} />
      </div>
      <div className="field field--inline">
        <label htmlFor={`${id}-to`}>to (included)</label>
        <input
          id={`${id}-to`}
          type="date"
          value={toDay}
          min={fromDay || undefined}
          aria-invalid={backwards || undefined}
          aria-describedby={backwards ? `${id}-dates` : undefined}
          onChange={(e) => setFilters({ toDay: e.target.value })}
        />
      </div>
      {backwards && (
        <p id={`${id}-dates`} className="field__error review-filters__error" role="alert">
          The “from” date is after the “to” date: no call can match.
        </p>
      )}
    </div>
  );
}
