// `npm test` must find or install a Chromium by itself on a fresh machine:
// Playwright's own download is unreachable here, Debian's package is not.
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const found = await findChromium();
if (found) {
  console.log(`Chromium for browser tests: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? [] : ['sudo', '-n'];
const run = (args) => execFileSync(args[0], args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

try {
  execFileSync('which', ['apt-get']);
} catch {
  console.error('No Chromium found and no apt-get to install one. Run `npx playwright install chromium`, or set CALLMARK_CHROMIUM to a Chromium binary.');
  process.exit(1);
}
console.log('No Chromium found: installing Debian\'s chromium package (about 30 s)…');
try {
  run([...sudo, 'apt-get', 'update', '-qq']);
  run([...sudo, 'apt-get', 'install', '-y', '-qq', 'chromium']);
} catch {
  console.error('Installing Chromium with apt-get failed (it needs root or passwordless sudo). Install the "chromium" package, or set CALLMARK_CHROMIUM.');
  process.exit(1);
}
const installed = await findChromium();
if (!installed) {
  console.error('apt-get reported success but no Chromium binary was found.');
  process.exit(1);
}
console.log(`Chromium for browser tests: ${installed}`);
