import type { BandCount } from '../../../../shared/api/reports';
import { one, type ViewTable } from '../../../model/reports/views';
import { ReportPanel } from '../../reports/ReportPanel';

/** How many of the agent's scorecards fell in each band. */
export function BandsPanel({ bands }: { bands: BandCount[] }) {
  const table: ViewTable = { columns: ['Band', 'Scorecards', 'Share %'], rows: bands.map((b) => ({ label: b.label, cell: null, cells: [b.label, b.n, one(b.share)] })) };
  return <ReportPanel title="Band mix" lead="The agent’s scorecards in each band, and their share." chart={null} table={table} csvName="callmark-agent-bands.csv" onPick={() => undefined} />;
}
