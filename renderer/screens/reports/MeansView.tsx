import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import type { AgentMean, TeamMean } from '../../../shared/api/reports';
import { pickable, PlotChart } from '../../components/PlotChart';
import { one, shown, type ViewTable } from '../../model/reports/views';
import { useReports } from '../../stores/reports';
import { ReportPanel } from './ReportPanel';

type Row = { kind: 'team'; label: string; figure: TeamMean } | { kind: 'agent'; label: string; figure: AgentMean };

const VERDICT_WORDS: Record<AgentMean['verdict'], string> = {
  different: 'Differs from the team',
  not_different: 'Cannot be told apart from the team',
  insufficient: 'Too few to tell',
};

const describe = (r: Row) =>
  `${r.label}: mean ${shown(r.figure.mean)}, n ${r.figure.n}, 95 % interval ${shown(r.figure.lower)} to ${shown(r.figure.upper)}` +
  (r.kind === 'agent' ? `. ${VERDICT_WORDS[r.figure.verdict]}` : '');

/** Mean score per team and per agent, with n and 95 % interval, and each agent's plain verdict against the rest of the team. */
export function MeansView({ teams, agents, target }: { teams: TeamMean[]; agents: AgentMean[]; target: number | null }) {
  const openCell = useReports((s) => s.openCell);
  const rows: Row[] = useMemo(
    () => [...teams.map((t): Row => ({ kind: 'team', label: `Team ${t.team}`, figure: t })), ...agents.map((a): Row => ({ kind: 'agent', label: a.name, figure: a }))],
    [teams, agents],
  );
  const cellOf = (r: Row) => (r.kind === 'team' ? { team: r.figure.team === 'No team' ? '' : r.figure.team } : { agentId: r.figure.agentId });
  const pick = useCallback((r: Row) => void openCell(r.label, cellOf(r)), [openCell]);
  const table: ViewTable = {
    columns: ['Team or agent', 'Team', 'n', 'Mean %', '95 % from', '95 % to', 'Against the team'],
    rows: rows.map((r) => ({
      label: r.label,
      cell: cellOf(r),
      cells: [r.label, r.kind === 'team' ? r.figure.team : r.figure.team, r.figure.n, one(r.figure.mean), one(r.figure.lower), one(r.figure.upper), r.kind === 'agent' ? r.figure.sentence : ''],
    })),
  };
  const build = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        marginLeft: 150,
        height: 40 + rows.length * 24,
        x: { domain: [0, 100], label: 'Mean score % (95 % interval)', grid: true },
        y: { domain: rows.map((r) => r.label), label: null },
        color: { domain: ['team', 'different', 'not_different', 'insufficient'], range: ['#1b1f24', '#b3261e', '#1f5fbf', '#56606c'] },
        marks: [
          ...(target === null ? [] : [Plot.ruleX([target], { stroke: '#8a5a00', strokeDasharray: '4 3' })]),
          Plot.ruleY(rows.filter((r) => r.figure.lower !== null), { y: 'label', x1: (r: Row) => r.figure.lower, x2: (r: Row) => r.figure.upper, stroke: '#9aa3b0', strokeWidth: 2 }),
          Plot.dot(rows.filter((r) => r.figure.mean !== null), {
            y: 'label',
            x: (r: Row) => r.figure.mean,
            r: 6,
            fill: (r: Row) => (r.kind === 'team' ? 'team' : r.figure.verdict),
            symbol: (r: Row) => (r.kind === 'team' ? 'square' : 'circle'),
            render: pickable(rows.filter((r) => r.figure.mean !== null), describe, pick),
          }),
        ],
      }),
    [rows, target, pick],
  );
  return (
    <ReportPanel
      title="Mean score per team and agent"
      lead="Each dot is a mean with its 95 % interval (the line). An agent in red differs from the rest of their team; in blue, they cannot be told apart from it at this sample size. The dashed line is the template's target."
      chart={<PlotChart label="Mean score per team and agent" build={build} />}
      table={table}
      csvName="callmark-means.csv"
      onPick={(label, cell) => void openCell(label, cell)}
    />
  );
}
