// A separate process that takes the data folder's lock and keeps it until killed, as a running Callmark does.
// Run with: node --import tsx lock-holder.ts <data folder>
import { lockDataFolder } from '../../../../electron/services/db/lock';

lockDataFolder(process.argv[2]!);
process.stdout.write('LOCKED\n');
setInterval(() => undefined, 60_000);
