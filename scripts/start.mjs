// `npm start`: the desktop app where Electron can run, otherwise the browser
// host, with the reason printed so nobody wonders why no window opened.
import { spawn, execFileSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

const electron = findElectronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (electron.path && hasDisplay) {
  execFileSync(npm, ['run', 'build'], { stdio: 'inherit' });
  const child = spawn(electron.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const why = electron.path ? 'there is no display to open a window on' : electron.reason;
  console.log(`Starting the browser host instead of the desktop app: ${why}.`);
  console.log('Open the URL printed below in a browser on this machine.');
  const child = spawn(npm, ['run', 'browser', '--', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
