import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import type { ReviewerComparison } from '../../../shared/api/reports';
import { pickable, PlotChart } from '../../components/PlotChart';
import { one, shown, type ViewTable } from '../../model/reports/views';
import { useReports } from '../../stores/reports';
import { ReportPanel } from './ReportPanel';

interface Point {
  reviewer: ReviewerComparison;
  who: 'This reviewer' | 'Others, same agents';
  mean: number | null;
}

/** Each reviewer's mean on the agents they scored, against everyone else's on the same agents. */
export function ReviewersView({ reviewers }: { reviewers: ReviewerComparison[] }) {
  const openCell = useReports((s) => s.openCell);
  const pick = useCallback((p: Point) => void openCell(p.reviewer.name, { reviewerId: p.reviewer.reviewerId }), [openCell]);
  const points: Point[] = useMemo(
    () =>
      reviewers.flatMap((r) => [
        { reviewer: r, who: 'This reviewer' as const, mean: r.own.mean },
        { reviewer: r, who: 'Others, same agents' as const, mean: r.others.mean },
      ]).filter((p) => p.mean !== null),
    [reviewers],
  );
  const table: ViewTable = {
    columns: ['Reviewer', 'Agents', 'n', 'Mean %', 'Others n', 'Others mean %', 'Verdict'],
    rows: reviewers.map((r) => ({ label: r.name, cell: { reviewerId: r.reviewerId }, cells: [r.name, r.agents, r.own.n, one(r.own.mean), r.others.n, one(r.others.mean), r.sentence] })),
  };
  const build = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        marginLeft: 150,
        height: 60 + reviewers.length * 30,
        x: { domain: [0, 100], label: 'Mean score %', grid: true },
        y: { domain: reviewers.map((r) => r.name), label: null },
        color: { domain: ['This reviewer', 'Others, same agents'], range: ['#1f5fbf', '#8a5a00'], legend: true },
        marks: [
          Plot.dot(points, {
            y: (p: Point) => p.reviewer.name,
            x: 'mean',
            fill: 'who',
            r: 6,
            render: pickable(points, (p) => `${p.reviewer.name}, ${p.who.toLowerCase()}: mean ${shown(p.mean)}`, pick),
          }),
        ],
      }),
    [reviewers, points, pick],
  );
  return (
    <ReportPanel
      title="Reviewer comparison"
      lead="Each reviewer's mean (blue) beside the other reviewers' mean on the same agents (brown), so a reviewer of a weaker team is not called harsh."
      chart={<PlotChart label="Reviewer comparison" build={build} />}
      table={table}
      csvName="callmark-reviewers.csv"
      onPick={(label, cell) => void openCell(label, cell)}
    />
  );
}
