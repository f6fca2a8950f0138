import { useId } from 'react';
import { channelLabels, type Channel } from '../../../shared/schemas/interaction';
import type { ReportFilterInput } from '../../../shared/reports/filter';
import { useReports } from '../../stores/reports';

/** The filters every view follows: local days, team, agent, reviewer, template version, channel and whose scorecards. */
export function ReportFilters() {
  const options = useReports((s) => s.options);
  const filter = useReports((s) => s.filter);
  const setFilter = useReports((s) => s.setFilter);
  const ids = { from: useId(), to: useId(), team: useId(), agent: useId(), reviewer: useId(), version: useId(), channel: useId(), source: useId() };
  if (!options || !filter) return null;
  const change = (changes: Partial<ReportFilterInput>) => void setFilter(changes);
  const select = (id: string, label: string, value: string | undefined, list: { value: string; label: string }[], onChange: (v: string) => void, all = 'All') => (
    <div className="field field--inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="filter-bar" role="search" aria-label="Report filters">
      <div className="field field--inline">
        <label htmlFor={ids.from}>From</label>
        <input id={ids.from} type="date" value={filter.from} max={filter.to} onChange={(e) => e.target.value && change({ from: e.target.value })} />
      </div>
      <div className="field field--inline">
        <label htmlFor={ids.to}>To</label>
        <input id={ids.to} type="date" value={filter.to} min={filter.from} onChange={(e) => e.target.value && change({ to: e.target.value })} />
      </div>
      {select(ids.team, 'Team', filter.team, options.teams.map((t) => ({ value: t, label: t })), (v) => change({ team: v || undefined }))}
      {select(ids.agent, 'Agent', filter.agentId, options.agents.map((a) => ({ value: a.id, label: a.team ? `${a.name} (${a.team})` : a.name })), (v) => change({ agentId: v || undefined }))}
      {select(ids.reviewer, 'Reviewer', filter.reviewerId, options.reviewers.map((r) => ({ value: r.id, label: r.name })), (v) => change({ reviewerId: v || undefined }))}
      {select(ids.version, 'Template version', filter.templateVersionId, options.versions.map((v) => ({ value: v.id, label: `${v.name} v${v.version}` })), (v) => change({ templateVersionId: v || undefined }))}
      {select(ids.channel, 'Channel', filter.channel, options.channels.map((c) => ({ value: c, label: channelLabels[c] })), (v) => change({ channel: (v || undefined) as Channel | undefined }))}
      <div className="field field--inline">
        <label htmlFor={ids.source}>Scorecards</label>
        <select id={ids.source} value={filter.source ?? 'all'} onChange={(e) => change({ source: e.target.value as 'mine' | 'team' | 'all' })}>
          <option value="all">All</option>
          <option value="mine">Mine (this computer)</option>
          <option value="team">Team (colleagues')</option>
        </select>
      </div>
      <p className="u-muted">Days are local ({options.timeZone}).</p>
    </div>
  );
}
