import * as Plot from '@observablehq/plot';
import { useCallback, useId } from 'react';
import type { Trend, TrendPoint, VersionChange } from '../../../shared/api/reports';
import { pickable, PlotChart } from '../../components/PlotChart';
import { one, shown, type ViewTable } from '../../model/reports/views';
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
  const build = useCallback((width: number) => {
    const points = trend.filter((p) => p.mean !== null);
    return Plot.plot({
      width,
      height: 260,
      x: { type: 'band', domain: trend.map((p) => p.label), label: null, tickRotate: trend.length > 8 ? -40 : 0 },
      y: { domain: [0, 100], label: 'Mean score %', grid: true },
      marginBottom: trend.length > 8 ? 90 : 30,
      marks: [
        ...(target === null ? [] : [Plot.ruleY([target], { stroke: '#8a5a00', strokeDasharray: '4 3' })]),
        Plot.ruleX(points.filter((p) => p.lower !== null), { x: 'label', y1: 'lower', y2: 'upper', stroke: '#9aa3b0', strokeWidth: 2 }),
        Plot.ruleX(changes.filter((c) => c.continues), { x: 'label', stroke: '#8a5a00' }),
        Plot.ruleX(changes.filter((c) => !c.continues), { x: 'label', stroke: '#8a5a00', strokeDasharray: '6 4' }),
        Plot.text(changes, { x: 'label', y: 100, text: (c: VersionChange) => `v${c.version}`, dy: -6, fill: '#5c3c00' }),
        Plot.line(points, { x: 'label', y: 'mean', stroke: '#1f5fbf' }),
        Plot.dot(points, { x: 'label', y: 'mean', r: 5, fill: '#1f5fbf', render: pickable(points, (p) => `${p.label}: mean ${shown(p.mean)}, n ${p.n}, 95 % interval ${shown(p.lower)} to ${shown(p.upper)}`, pick) }),
      ],
    });
  }, [trend, changes, target, pick]);
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
