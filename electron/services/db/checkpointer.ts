import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * In WAL mode SQLite copies the log back into the database file (a
 * checkpoint) inside whichever commit crosses `wal_autocheckpoint` pages: that
 * commit (an answer saved, a scorecard completed) then also copies ~1 000
 * pages and fsyncs the database, 5–30 ms here where the save itself takes
 * 0.1–2 ms. Checkpointing on another thread at the same moment does not help:
 * the two fsyncs queue behind each other in the file system's journal. So a
 * worker thread with its own connection checkpoints when the app is idle (a
 * quarter second without a commit, which is most of a supervisor's time), and
 * every two seconds during continuous writing (a bulk import), so no single
 * save waits for one (bench: `npm run bench -- reports`, completion p99).
 *
 * The main connection keeps a far higher automatic threshold as a backstop
 * (a worker that died or cannot keep up); if the worker cannot start at all,
 * SQLite's own checkpoints stay as they were. Durability is unchanged: every
 * commit is fsynced in the log before it returns; a checkpoint only moves it.
 */
export interface Checkpointer {
  /** Checkpoints the worker has taken that found frames to copy (tests wait on it). */
  checkpoints(): number;
  /** Stops the worker and closes its connection; the main connection closes after. */
  stop(): Promise<void>;
}

const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
/** ~32 MB of log: only reached when the worker is gone or far behind. */
const BACKSTOP_PAGES = 8000;
/** How often the worker looks; one look without a commit counts as idle. */
const INTERVAL_MS = 250;
/** Under continuous writing (a bulk import) it checkpoints anyway this often, concurrently with the writes. */
const BUSY_MS = 2000;

// Plain CommonJS run with `eval`: the same text works from the TypeScript sources, the browser host's bundle and
// Electron's backend bundle, none of which would find a worker file next to itself.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const version = () => db.pragma('data_version', { simple: true });
let seen = version();
// The log may hold frames from before the worker started (migrations, the first saves).
let dirty = true;
let busySince = 0;
const checkpoint = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    if (dirty && result.checkpointed > 0) parentPort.postMessage({ checkpointed: result.checkpointed });
    dirty = result.checkpointed < result.log;
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
};
// data_version moves whenever another connection commits: a tick without a move means the app is idle.
const tick = () => {
  const now = Date.now();
  const current = version();
  if (current === seen) {
    busySince = 0;
    if (dirty) checkpoint();
    return;
  }
  seen = current;
  dirty = true;
  if (!busySince) busySince = now;
  else if (now - busySince >= workerData.busyMs) {
    checkpoint();
    busySince = now;
  }
};
const timer = setInterval(tick, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export function startCheckpointer(db: Database.Database, file: string): Checkpointer | null {
  const driver = driverPath();
  if (!driver) return null;
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, intervalMs: INTERVAL_MS, busyMs: BUSY_MS } });
  } catch (error) {
    console.error(`callmark: database checkpoints stay in the saving thread (${error instanceof Error ? error.message : String(error)}).`);
    return null;
  }
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  let checkpoints = 0;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const fallBack = (why: string) => {
    console.error(`callmark: the checkpoint worker stopped (${why}); SQLite checkpoints in the saving thread again.`);
    if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
  };
  let stopping = false;
  worker.on('message', (message: { checkpointed?: number; error?: string }) => {
    if (message.checkpointed) checkpoints += 1;
    // A busy or locked database is retried at the next tick; anything else is worth a line in the log.
    if (message.error && !/busy|locked/i.test(message.error)) console.error(`callmark: checkpoint failed: ${message.error}`);
  });
  worker.on('error', (error) => fallBack(error.message));
  worker.on('exit', (code) => {
    if (!stopping) fallBack(`exit code ${code}`);
  });
  // The app quits whenever it likes: an idle worker never holds the process open.
  worker.unref();
  return {
    checkpoints: () => checkpoints,
    async stop() {
      stopping = true;
      // Held open until the worker has closed its connection: a process waiting on nothing else would exit mid-way.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}

/**
 * Where better-sqlite3 was loaded from, for the worker to load the same copy:
 * the module cache is the one place every host (TypeScript sources, bundles)
 * agrees on, since the main thread has already required it.
 */
function driverPath(): string | null {
  const loader = createRequire(path.join(process.cwd(), 'callmark.js'));
  const suffix = `${path.sep}better-sqlite3${path.sep}lib${path.sep}index.js`;
  const cached = Object.keys(loader.cache).find((file) => file.endsWith(suffix));
  if (cached) return cached;
  try {
    return loader.resolve('better-sqlite3');
  } catch {
    return null;
  }
}
