import { useCallback, useId } from 'react';
import type { Trend, TrendPoint } from '../../../shared/api/reports';
import { pickable, PlotChart } from '../../components/PlotChart';
import { trendChart, trendPointWords } from '../../components/trend-chart';
import { one, type ViewTable } from '../../model/reports/views';
import { useReports } from '../../stores/reports';
import { ReportPanel } from './ReportPanel';

/**
 * Mean score per week or month of local days, with the 95 % interval as a band;
 * a template's new version is marked at its period, saying whether the line
 * reads across it (a dashed mark where it breaks).
 */
export function TrendView({ trend: { points: trend, changes }, target }: { trend: Trend; target: number | null }) {
  const openCell = useReports((s) => s.openCell);
  const by = useReports((s) => s.trendBy);
  const setBy = useReports((s) => s.setTrendBy);
  const byId = useId();
  const pick = useCallback((p: TrendPoint) => void openCell(p.label, { period: p.period }), [openCell]);
  const table: ViewTable = {
    columns: [by === 'week' ? 'Week' : 'Month', 'n', 'Mean %', '95 % from', '95 % to', 'Template change'],
    rows: trend.map((p) => ({
      label: p.label,
      cell: { period: p.period },
      cells: [p.label, p.n, one(p.mean), one(p.lower), one(p.upper), changes.filter((c) => c.period === p.period).map((c) => c.sentence).join(' ') || null],
    })),
  };
  const build = useCallback(
    (width: number) => trendChart(trend, target, width, pickable(trend.filter((p) => p.mean !== null), trendPointWords, pick), changes),
    [trend, changes, target, pick],
  );
  return (
    <ReportPanel
      title="Trend"
      lead="Mean score per period, with its 95 % interval."
      extra={
        <span className="field field--inline">
          <label htmlFor={byId}>By</label>
          <select id={byId} value={by} onChange={(e) => void setBy(e.target.value as 'week' | 'month')}>
            <option value="week">week</option>
            <option value="month">month</option>
          </select>
        </span>
      }
      chart={<PlotChart label="Trend of the mean score" build={build} />}
      table={table}
      csvName={`callmark-trend-by-${by}.csv`}
      onPick={(label, cell) => void openCell(label, cell)}
      footer={
        changes.length > 0 && (
          <ul className="trend-view__changes" aria-label="Template changes in this trend">
            {changes.map((c) => (
              <li key={`${c.template}-${c.version}`}>
                <strong>{c.label}:</strong> {c.sentence}
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}
