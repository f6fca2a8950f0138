import { useEffect } from 'react';
import { formatHash } from '../../router/route';
import { shown } from '../../model/reports/views';
import { useDashboard } from '../../stores/dashboard';
import './DashboardSummary.css';

/** The last 30 days at a glance on the home screen, each figure leading to the Reports or Agents screen. */
export function DashboardSummary() {
  const summary = useDashboard((s) => s.summary);
  const load = useDashboard((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  if (!summary) return null;
  const { overall } = summary;
  return (
    <section className="panel dashboard-summary" aria-labelledby="dashboard-summary-title">
      <h2 id="dashboard-summary-title">Last 30 days</h2>
      <dl className="dashboard-summary__figures">
        <div>
          <dt>Mean score</dt>
          <dd>
            {shown(overall.mean)} %
            <span className="u-muted">
              {' '}
              (n {overall.n}
              {overall.lower !== null ? `, 95 % ${shown(overall.lower)}–${shown(overall.upper)}` : ''})
            </span>
          </dd>
        </div>
        {summary.bands.map((b) => (
          <div key={b.label}>
            <dt>{b.label}</dt>
            <dd>{b.n}</dd>
          </div>
        ))}
        <div>
          <dt>Drafts open over {summary.draftDays} days</dt>
          <dd>{summary.staleDrafts}</dd>
        </div>
      </dl>
      {summary.belowTarget.length > 0 && (
        <p>Below their team: {summary.belowTarget.map((a) => `${a.name} (${shown(a.mean)} %, n ${a.n})`).join(', ')}.</p>
      )}
      <p>
        <a href={formatHash({ name: 'reports' })}>Open reports</a>
        {summary.proposals > 0 && (
          <>
            {' · '}
            <a href={formatHash({ name: 'agents' })}>
              {summary.proposals} colleague agent{summary.proposals === 1 ? '' : 's'} may be one of yours
            </a>
          </>
        )}
      </p>
    </section>
  );
}
