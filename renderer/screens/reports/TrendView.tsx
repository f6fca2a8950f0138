import { useCallback, useId } from 'react';
import type { TrendPoint } from '../../../shared/api/reports';
import { pickable, PlotChart } from '../../components/PlotChart';
import { trendChart, trendPointWords } from '../../components/trend-chart';
import { one, type ViewTable } from '../../model/reports/views';
import { useReports } from '../../stores/reports';
import { ReportPanel } from './ReportPanel';

/** Mean score per week or month of local days, with the 95 % interval as a band. */
export function TrendView({ trend, target }: { trend: TrendPoint[]; target: number | null }) {
  const openCell = useReports((s) => s.openCell);
  const by = useReports((s) => s.trendBy);
  const setBy = useReports((s) => s.setTrendBy);
  const byId = useId();
  const pick = useCallback((p: TrendPoint) => void openCell(p.label, { period: p.period }), [openCell]);
  const table: ViewTable = {
    columns: [by === 'week' ? 'Week' : 'Month', 'n', 'Mean %', '95 % from', '95 % to'],
    rows: trend.map((p) => ({ label: p.label, cell: { period: p.period }, cells: [p.label, p.n, one(p.mean), one(p.lower), one(p.upper)] })),
  };
  const build = useCallback((width: number) => trendChart(trend, target, width, pickable(trend.filter((p) => p.mean !== null), trendPointWords, pick)), [trend, target, pick]);
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
    />
  );
}
