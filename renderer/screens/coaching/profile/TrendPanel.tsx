import { useCallback } from 'react';
import type { CoachingProfile } from '../../../../shared/api/coaching';
import { PlotChart } from '../../../components/PlotChart';
import { trendChart } from '../../../components/trend-chart';
import { one, type ViewTable } from '../../../model/reports/views';
import { ReportPanel } from '../../reports/ReportPanel';

/** The agent's mean per week (or month, for a long period) with its interval, against the target: the Reports trend for one agent. */
export function TrendPanel({ profile }: { profile: CoachingProfile }) {
  const { points, by } = profile.trend;
  const table: ViewTable = {
    columns: [by === 'week' ? 'Week' : 'Month', 'n', 'Mean %', '95 % from', '95 % to'],
    rows: points.map((p) => ({ label: p.label, cell: null, cells: [p.label, p.n, one(p.mean), one(p.lower), one(p.upper)] })),
  };
  const build = useCallback((width: number) => trendChart(points, profile.target, width), [points, profile.target]);
  return (
    <ReportPanel
      title="Score trend"
      lead={`Mean score per ${by}, with its 95 % interval; the dashed line is the target.`}
      chart={<PlotChart label="Score trend" build={build} />}
      table={table}
      csvName={`callmark-${profile.agent.name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-trend.csv`}
      onPick={() => undefined}
    />
  );
}
