// `./callmark start` (and `npm start`): the desktop app where Electron can run, otherwise the browser host, with one
// line saying why. The page and the host are built only when their sources changed since the last build (a stamp
// beside each build), so a second start goes straight to the URL.
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { buildStamp } from './build-stamp.mjs';
import { findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
// `npm start -- --data-dir x` passes the separator along: the host and Electron get only what follows it.
const args = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
const rendererDir = path.join(root, 'dist', 'renderer');

function ensureRenderer() {
  const stamp = buildStamp({ inputs: ['renderer', 'shared', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'], output: 'dist/renderer/index.html', stampFile: 'dist/renderer/.callmark-build-stamp' });
  if (stamp.current()) return;
  console.log('callmark: building the page (its sources changed since the last build)');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  stamp.record();
}

/** The browser host as one bundle: plain Node starts it several times faster than compiling TypeScript on the way. */
async function ensureHost() {
  const output = path.join('dist', 'host', 'main.mjs');
  const stamp = buildStamp({ inputs: ['electron', 'shared', 'package-lock.json'], output, stampFile: 'dist/host/.callmark-build-stamp' });
  if (!stamp.current()) {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [path.join(root, 'electron', 'host', 'main.ts')],
      outfile: path.join(root, output),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      external: ['better-sqlite3'],
      // better-sqlite3 is CommonJS: give the ES module bundle a require() to load it with.
      banner: { js: "import { createRequire as __callmarkRequire } from 'node:module'; const require = __callmarkRequire(import.meta.url);" },
      logLevel: 'warning',
    });
    stamp.record();
  }
  return path.join(root, output);
}

const run = (command, commandArgs, env = process.env) => {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
};

const electron = findElectronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
ensureRenderer();
if (electron.path && hasDisplay) {
  const { buildElectron } = await import('./build-electron.mjs');
  await buildElectron(path.join(root, 'dist', 'electron'));
  run(electron.path, ['.', ...args]);
} else {
  const why = electron.path ? 'there is no display to open a window on' : electron.reason;
  console.log(`callmark: ${why}, so Callmark runs in your browser instead (same data): open the address below.`);
  run(process.execPath, [await ensureHost(), '--keep-port', ...args], { ...process.env, CALLMARK_RENDERER_DIR: process.env.CALLMARK_RENDERER_DIR ?? rendererDir });
}
