import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import type { BandCount } from '../../../shared/api/reports';
import { pickable, PlotChart } from '../../components/PlotChart';
import { one, type ViewTable } from '../../model/reports/views';
import { useReports } from '../../stores/reports';
import { ReportPanel } from './ReportPanel';

/** How many scorecards fell in each band. */
export function BandsView({ bands }: { bands: BandCount[] }) {
  const openCell = useReports((s) => s.openCell);
  const pick = useCallback((b: BandCount) => void openCell(b.label, { band: b.label }), [openCell]);
  const table: ViewTable = {
    columns: ['Band', 'Scorecards', 'Share %'],
    rows: bands.map((b) => ({ label: b.label, cell: { band: b.label }, cells: [b.label, b.n, one(b.share)] })),
  };
  const build = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        marginLeft: 190,
        marginRight: 80,
        height: 40 + bands.length * 34,
        x: { label: 'Scorecards', grid: true },
        y: { label: null },
        marks: [
          Plot.barX(bands, { y: 'label', x: 'n', fill: '#1f5fbf', render: pickable(bands, (b) => `${b.label}: ${b.n} scorecards, ${one(b.share)} %`, pick) }),
          Plot.text(bands, { y: 'label', x: 'n', text: (b: BandCount) => `${b.n} (${one(b.share)} %)`, dx: 6, textAnchor: 'start' }),
        ],
      }),
    [bands, pick],
  );
  return (
    <ReportPanel
      title="Band mix"
      lead="How many scorecards fell in each band, and their share."
      chart={<PlotChart label="Band mix" build={build} />}
      table={table}
      csvName="callmark-bands.csv"
      onPick={(label, cell) => void openCell(label, cell)}
    />
  );
}
