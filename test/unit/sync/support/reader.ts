import fs from 'node:fs';
import path from 'node:path';
import { shareFiles } from './share';

/**
 * Reads every visible file of one kind's folder over and over, until stopped:
 * each must parse as JSON, as a colleague's reader would need. `stop()`
 * resolves with what was seen.
 */
export function readWhileWriting(root: string, folder = 'scorecards') {
  let passes = 0;
  let parsed = 0;
  const failures: string[] = [];
  let running = true;
  const reading = (async () => {
    while (running) {
      for (const rel of shareFiles(root, { folder })) {
        try {
          JSON.parse(fs.readFileSync(path.join(root, folder, ...rel.split('/')), 'utf8'));
          parsed += 1;
        } catch (error) {
          failures.push(`${rel}: ${(error as Error).message}`);
        }
      }
      passes += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return {
    async stop() {
      running = false;
      await reading;
      return { passes, parsed, failures };
    },
  };
}
