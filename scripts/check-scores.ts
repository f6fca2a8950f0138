// `npm run check:scores [-- --data-dir <folder>]`: recomputes every stored score with the scoring engine and every
// report fact from scratch, on the data folder Callmark uses (or the one named), and lists any difference. Changes
// nothing. Exit code 0: none; 1: differences (listed); 2: the folder could not be opened. Close Callmark first: the
// database is locked while it runs.
import { createCallmarkService } from '../electron/services';
import { resolveDataFolder } from '../electron/config/data-folder';

const dataFolder = resolveDataFolder();
let service: ReturnType<typeof createCallmarkService>;
try {
  service = createCallmarkService({ dataFolder });
} catch (error) {
  console.error(`Could not open ${dataFolder}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
try {
  const report = await service.handlers['reports.check']({});
  console.log(`Checked ${report.scoresChecked} stored scores and ${report.factRowsChecked} report facts in ${dataFolder}.`);
  for (const d of report.scoreDifferences) console.log(`- scorecard ${d.scorecardId} revision ${d.revision}: ${d.differences.join('; ')}`);
  for (const d of report.factDifferences) console.log(`- ${d}`);
  const differences = report.scoreDifferences.length + report.factDifferences.length;
  console.log(differences ? `${differences} difference(s): run "Rebuild report facts" (reports.rebuild) for facts; a score difference is a bug to report.` : 'No difference.');
  process.exitCode = differences ? 1 : 0;
} finally {
  await service.close();
}
