import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import type { VolumeReport } from '../../../shared/api/reports';
import { pickable, PlotChart } from '../../components/PlotChart';
import type { ViewTable } from '../../model/reports/views';
import { useReports } from '../../stores/reports';
import { ReportPanel } from './ReportPanel';
import { SettingsForm } from './SettingsForm';

interface Cell {
  agentId: string;
  agent: string;
  month: string;
  n: number;
}

/** Completed scorecards per agent and month, against the monthly sample target. */
export function VolumeView({ volume }: { volume: VolumeReport }) {
  const openCell = useReports((s) => s.openCell);
  const pick = useCallback((c: Cell) => void openCell(`${c.agent} · ${c.month}`, { agentId: c.agentId, period: c.month }), [openCell]);
  const cells: Cell[] = useMemo(
    () => volume.agents.flatMap((a) => volume.months.map((month, i) => ({ agentId: a.agentId, agent: a.name, month, n: a.counts[i] ?? 0 }))),
    [volume],
  );
  const table: ViewTable = {
    columns: ['Agent', 'Team', ...volume.months, 'Total', 'Months below target'],
    rows: volume.agents.map((a) => ({ label: a.name, cell: { agentId: a.agentId }, cells: [a.name, a.team, ...a.counts, a.total, a.monthsBelowTarget] })),
  };
  const build = useCallback(
    (width: number) =>
      Plot.plot({
        marginLeft: 150,
        height: 60 + volume.agents.length * 22,
        width: Math.max(width, 160 + volume.months.length * 48),
        x: { domain: volume.months, label: null },
        y: { domain: volume.agents.map((a) => a.name), label: null },
        color: { domain: ['below target', 'on target'], range: ['#fdecea', '#e6f4ea'], legend: true },
        marks: [
          Plot.cell(cells, {
            x: 'month',
            y: 'agent',
            fill: (c: Cell) => (c.n < volume.target ? 'below target' : 'on target'),
            stroke: '#d5d9e0',
            render: pickable(cells, (c) => `${c.agent}, ${c.month}: ${c.n} of ${volume.target}${c.n < volume.target ? ', below target' : ''}`, pick),
          }),
          Plot.text(cells, { x: 'month', y: 'agent', text: (c: Cell) => String(c.n) }),
        ],
      }),
    [volume, cells, pick],
  );
  return (
    <ReportPanel
      title="Volume against the monthly target"
      lead={`Completed scorecards per agent and month; the target is ${volume.target} a month. Fewest first.`}
      extra={<SettingsForm />}
      chart={<PlotChart label="Volume per agent and month" build={build} />}
      table={table}
      csvName="callmark-volume.csv"
      onPick={(label, cell) => void openCell(label, cell)}
    />
  );
}
