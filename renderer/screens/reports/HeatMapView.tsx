import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import type { ElementHeatMap, HeatCell } from '../../../shared/api/reports';
import { pickable, PlotChart } from '../../components/PlotChart';
import { one, shown, type ViewTable } from '../../model/reports/views';
import { useReports } from '../../stores/reports';
import { ReportPanel } from './ReportPanel';

type Cell = HeatCell & { agent: string; element: string };

const describe = (c: Cell, target: number | null) =>
  `${c.agent}, ${c.element}: pass rate ${shown(c.passRate)} %, met ${c.met} of ${c.met + c.notMet}${target !== null && c.passRate !== null && c.passRate < target ? ', below target' : ''}`;

/** Element pass rates, agents × elements, worst first, against the template's target. */
export function HeatMapView({ map }: { map: ElementHeatMap }) {
  const openCell = useReports((s) => s.openCell);
  const names = useMemo(() => new Map(map.agents.map((a) => [a.agentId, a.name])), [map]);
  const labels = useMemo(() => new Map(map.elements.map((e) => [e.elementId, e.label])), [map]);
  const cells: Cell[] = useMemo(
    () => map.cells.filter((c) => c.passRate !== null).map((c) => ({ ...c, agent: names.get(c.agentId) ?? '', element: labels.get(c.elementId) ?? c.elementId })),
    [map, names, labels],
  );
  const pick = useCallback((c: Cell) => void openCell(`${c.agent} · ${c.element}`, { agentId: c.agentId, elementId: c.elementId }), [openCell]);
  const target = map.target;
  const byCell = new Map(map.cells.map((c) => [`${c.agentId}|${c.elementId}`, c]));
  const table: ViewTable = {
    columns: ['Element', 'Section', 'Pass rate %', 'Answered', ...map.agents.map((a) => a.name)],
    rows: map.elements.map((e) => ({
      label: e.label,
      cell: { elementId: e.elementId },
      cells: [e.label, e.section, one(e.passRate), e.answered, ...map.agents.map((a) => one(byCell.get(`${a.agentId}|${e.elementId}`)?.passRate))],
    })),
  };
  const build = useCallback(
    (width: number) =>
      Plot.plot({
        marginLeft: 150,
        marginBottom: 160,
        height: 180 + map.agents.length * 22,
        width: Math.max(width, 160 + map.elements.length * 34),
        x: { domain: map.elements.map((e) => e.label), label: null, tickRotate: -45, tickFormat: (l: string) => (l.length > 28 ? `${l.slice(0, 27)}…` : l) },
        y: { domain: map.agents.map((a) => a.name), label: null },
        color: { type: 'diverging', domain: [0, 100], pivot: target ?? 70, scheme: 'RdBu', legend: true, label: `Pass rate % (target ${target ?? '—'})` },
        marks: [
          Plot.cell(cells, { x: 'element', y: 'agent', fill: 'passRate', inset: 0.5, render: pickable(cells, (c) => describe(c, target), pick) }),
          Plot.text(cells, { x: 'element', y: 'agent', text: (c: Cell) => String(Math.round(c.passRate ?? 0)), fontSize: 10, fill: (c: Cell) => (Math.abs((c.passRate ?? 0) - (target ?? 70)) > 25 ? 'white' : 'black') }),
        ],
      }),
    [map, cells, pick, target],
  );
  return (
    <ReportPanel
      title="Element pass rates"
      lead={`Met ÷ applicable answers, worst element first (left) and worst agent first (top). Red is below the target of ${target ?? '—'} %.${map.readFrom === 'scorecards' ? ' With a reviewer or channel chosen, these come from each scorecard rather than the daily facts.' : ''}`}
      chart={<PlotChart label="Element pass rates, agents by elements" build={build} />}
      table={table}
      csvName="callmark-element-pass-rates.csv"
      onPick={(label, cell) => void openCell(label, cell)}
    />
  );
}
