import * as Plot from '@observablehq/plot';
import { useCallback, useState } from 'react';
import type { Satisfaction } from '../../../shared/api/reports';
import { pickable, PlotChart } from '../../components/PlotChart';
import { one, shown, type ViewTable } from '../../model/reports/views';
import { useReports } from '../../stores/reports';
import { ReportPanel } from './ReportPanel';
import { SurveyImportDialog } from './SurveyImportDialog';

type AgentRow = Satisfaction['agents'][number];

const correlationWords = (c: Satisfaction['correlation']) =>
  c.r === null
    ? `Correlation: — (${c.reason ?? 'not enough pairs'}; n ${c.n}).`
    : `Correlation of QA score and satisfaction over ${c.n} surveyed interactions: r = ${c.r.toFixed(2)}${c.lower !== null ? ` (95 % from ${c.lower.toFixed(2)} to ${c.upper!.toFixed(2)})` : ''}${c.rho !== null ? `, Spearman's rho = ${c.rho.toFixed(2)}` : ''}. It says the two move together, not that one causes the other.`;

/** Customer satisfaction (survey ratings on 0–100) beside the QA score, per agent and per month. */
export function SatisfactionView({ satisfaction }: { satisfaction: Satisfaction }) {
  const openCell = useReports((s) => s.openCell);
  const [importing, setImporting] = useState(false);
  const pick = useCallback((a: AgentRow) => void openCell(a.name, { agentId: a.agentId }), [openCell]);
  const agents: ViewTable = {
    columns: ['Agent', 'QA n', 'QA mean %', 'Surveys', 'Satisfaction %'],
    rows: satisfaction.agents.map((a) => ({ label: a.name, cell: { agentId: a.agentId }, cells: [a.name, a.qa.n, one(a.qa.mean), a.satisfaction.n, one(a.satisfaction.mean)] })),
  };
  const months: ViewTable = {
    columns: ['Month', 'QA n', 'QA mean %', 'Surveys', 'Satisfaction %'],
    rows: satisfaction.months.map((m) => ({ label: m.month, cell: { period: m.month }, cells: [m.month, m.qa.n, one(m.qa.mean), m.satisfaction.n, one(m.satisfaction.mean)] })),
  };
  const plotted = satisfaction.agents.filter((a) => a.qa.mean !== null && a.satisfaction.mean !== null);
  const build = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        height: 300,
        x: { domain: [0, 100], label: 'QA mean %', grid: true },
        y: { domain: [0, 100], label: 'Satisfaction %', grid: true },
        marks: [
          Plot.dot(plotted, {
            x: (a: AgentRow) => a.qa.mean,
            y: (a: AgentRow) => a.satisfaction.mean,
            r: 6,
            fill: '#1f5fbf',
            render: pickable(plotted, (a) => `${a.name}: QA ${shown(a.qa.mean)} (n ${a.qa.n}), satisfaction ${shown(a.satisfaction.mean)} (n ${a.satisfaction.n})`, pick),
          }),
          Plot.text(plotted, { x: (a: AgentRow) => a.qa.mean, y: (a: AgentRow) => a.satisfaction.mean, text: 'name', dy: -12 }),
        ],
      }),
    [plotted, pick],
  );
  const monthly = satisfaction.months.flatMap((m) => [
    { month: m.month, what: 'QA', mean: m.qa.mean },
    { month: m.month, what: 'Satisfaction', mean: m.satisfaction.mean },
  ]).filter((p) => p.mean !== null);
  const buildMonths = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        height: 240,
        x: { type: 'band', domain: satisfaction.months.map((m) => m.month), label: null },
        y: { domain: [0, 100], label: 'Mean %', grid: true },
        color: { domain: ['QA', 'Satisfaction'], range: ['#1f5fbf', '#1d7a3a'], legend: true },
        marks: [Plot.line(monthly, { x: 'month', y: 'mean', stroke: 'what' }), Plot.dot(monthly, { x: 'month', y: 'mean', fill: 'what', r: 4 })],
      }),
    [satisfaction.months, monthly],
  );
  const lead = `${satisfaction.responses} survey responses imported, ${satisfaction.unmatched} not matched to a scored interaction. ${correlationWords(satisfaction.correlation)}`;
  return (
    <>
      <ReportPanel
        title="Satisfaction beside quality, per agent"
        lead={lead}
        extra={
          <button type="button" className="button" onClick={() => setImporting(true)}>
            Import survey CSV…
          </button>
        }
        chart={<PlotChart label="Satisfaction against QA score per agent" build={build} />}
        table={agents}
        csvName="callmark-satisfaction-agents.csv"
        onPick={(label, cell) => void openCell(label, cell)}
      />
      <ReportPanel
        title="Satisfaction beside quality, over time"
        lead="Monthly QA mean and satisfaction mean of the surveyed interactions."
        chart={<PlotChart label="Satisfaction and QA over time" build={buildMonths} />}
        table={months}
        csvName="callmark-satisfaction-months.csv"
        onPick={(label, cell) => void openCell(label, cell)}
      />
      {importing && <SurveyImportDialog onClose={() => setImporting(false)} />}
    </>
  );
}
