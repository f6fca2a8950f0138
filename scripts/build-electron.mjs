// Bundles the Electron main process, preload and backend worker to CommonJS.
// better-sqlite3 stays external: it is Node-API, the same binary loads in Electron.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  build({ ...common, entryPoints: ['electron/backend/worker.ts'], outfile: 'dist/electron/backend.cjs' }),
]);
console.log('Built dist/electron (main, preload, backend).');
