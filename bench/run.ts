/**
 * `npm run bench`: every figure beside the raw limit measured in the same run.
 * Add a suite by exporting an async function from its own file and listing it
 * here; `npm run bench -- reviews` runs only the suites named.
 */
import { benchCalibration } from './calibration';
import { benchCoaching } from './coaching';
import { benchMedia } from './media';
import { benchPlayer } from './player';
import { benchReports } from './reports';
import { benchReviews } from './reviews';
import { benchServerSync } from './server-sync';
import { benchStats } from './stats';
import { benchStart } from './start';
import { benchSync } from './sync';
import { benchTemplates } from './templates';
import { benchTeamServer } from './team-server';
import { benchTeamServerReports } from './team-server-reports';

const suites: Record<string, () => Promise<void>> = {
  reviews: benchReviews,
  media: benchMedia,
  player: benchPlayer,
  sync: benchSync,
  'server-sync': benchServerSync,
  stats: benchStats,
  start: benchStart,
  templates: benchTemplates,
  calibration: benchCalibration,
  reports: benchReports,
  'team-server': benchTeamServer,
  coaching: benchCoaching,
  'team-server-reports': benchTeamServerReports,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((name) => !(name in suites));
if (unknown.length) {
  console.error(`Unknown bench suite(s): ${unknown.join(', ')}. Known: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
console.log(`# Callmark bench — Node ${process.version}, ${process.platform}/${process.arch}`);
for (const [name, run] of Object.entries(suites)) {
  if (wanted.length && !wanted.includes(name)) continue;
  await run();
}
