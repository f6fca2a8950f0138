// Bundles the Electron main process, preload and backend worker to CommonJS.
// better-sqlite3 stays external: it is Node-API, the same binary loads in Electron.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  // The import's checking thread is found through import.meta.url only when run from source; a bundle finds it beside itself.
  logOverride: { 'empty-import-meta': 'silent' },
};

/** Builds the three bundles into `outDir` (the shell tests build their own copy in a temporary folder). */
export async function buildElectron(outDir = 'dist/electron') {
  const root = path.resolve(import.meta.dirname, '..');
  const entry = (file) => path.join(root, file);
  await Promise.all([
    build({ ...common, entryPoints: [entry('electron/main.ts')], outfile: path.join(outDir, 'main.cjs') }),
    build({ ...common, entryPoints: [entry('electron/preload.ts')], outfile: path.join(outDir, 'preload.cjs') }),
    build({ ...common, entryPoints: [entry('electron/backend/worker.ts')], outfile: path.join(outDir, 'backend.cjs') }),
    build({ ...common, entryPoints: [entry('electron/services/sync/import/verify-worker.ts')], outfile: path.join(outDir, 'verify-worker.cjs') }),
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildElectron();
  console.log('Built dist/electron (main, preload, backend).');
}
