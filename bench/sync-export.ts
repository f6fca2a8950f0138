import fs from 'node:fs';
import path from 'node:path';
import { WRITES_AT_ONCE } from '../electron/services/sync/folder/target';
import { limited } from '../electron/services/sync/limited';
import { RECORD_BATCH } from '../electron/services/sync/outbox/drainer';
import { once, withCpu, type Spent } from './harness';
import type { BenchService } from './service';

/** Scorecards per round: a second or two of writing, so both sides of a round see the same load. */
export const EXPORT_ROUND = 1000;

export type ExportedDocument = { rel: string; body: string };

export interface ExportFigures {
  exported: Spent;
  raw: Spent;
  /** The raw write shaped as the export writes (a few files at once, one folder flush per round): Callmark's own overhead. */
  rawShaped: Spent;
  /** Each round's wall-time ratio, sorted: how far one round's figure can be trusted. */
  roundRatios: number[];
  /** Every completion hook of every scorecard, which builds and stores its export document. */
  queuedMs: number;
  /** Every document written, for the import timed after. */
  documents: ExportedDocument[];
}

/**
 * The export timed beside its raw limit round by round: each round queues
 * EXPORT_ROUND scorecards with the drain held, then drains them into the share and
 * writes the same bytes raw, in alternating order. On a machine shared with
 * other work the load changes by the minute; a long export timed against a
 * raw run before or after it was off by up to 2× either way, which said more
 * about the neighbours than about Callmark.
 */
export async function exportInRounds(r: BenchService, targetId: string, share: string, rawRoot: string, ids: readonly string[]): Promise<ExportFigures> {
  const db = r.service.context.db;
  const { hooks } = r.service.context;
  // Without its marker the share counts as unreachable: the drain waits, so queueing is not timed with it.
  const markerFile = path.join(share, 'callmark-share.json');
  const marker = fs.readFileSync(markerFile);
  const bodies = db.prepare(
    `SELECT relative_path AS rel, body FROM export_documents WHERE kind = 'scorecard' AND document_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`,
  );
  const exported: Spent[] = [];
  const raw: Spent[] = [];
  const rawShaped: Spent[] = [];
  const documents: ExportedDocument[] = [];
  let queuedMs = 0;
  for (let from = 0, round = 0; from < ids.length; from += EXPORT_ROUND, round += 1) {
    const chunk = ids.slice(from, from + EXPORT_ROUND);
    fs.rmSync(markerFile);
    // Exactly what completing each scorecard runs, in its transaction: every completion hook; sync's builds the document.
    queuedMs += once(() =>
      db.transaction(() => {
        for (const id of chunk) hooks.completed.run({ kind: 'scorecard', documentId: id, revision: 1 });
      })(),
    ).ms;
    await r.idle();
    // The queueing's pages are copied into the database now, as SQLite would at its next checkpoint, so that copy is
    // not charged to the export's first commits.
    db.pragma('wal_checkpoint(TRUNCATE)');
    fs.writeFileSync(markerFile, marker);
    const docs = bodies.all(JSON.stringify(chunk)) as ExportedDocument[];
    documents.push(...docs);
    const drain = () =>
      withCpu(async () => {
        await r.call('sync.items.retry', { targetId });
        await r.idle();
      });
    const write = () => withCpu(() => rawExport(path.join(rawRoot, String(round)), docs));
    const writeShaped = () => withCpu(() => rawExportShaped(path.join(rawRoot, `${round}-shaped`), docs));
    if (round % 2 === 0) {
      exported.push(await drain());
      raw.push(await write());
      rawShaped.push(await writeShaped());
    } else {
      rawShaped.push(await writeShaped());
      raw.push(await write());
      exported.push(await drain());
    }
  }
  const roundRatios = exported.map((e, i) => e.ms / raw[i]!.ms).sort((a, b) => a - b);
  return { exported: sum(exported), raw: sum(raw), rawShaped: sum(rawShaped), roundRatios, queuedMs, documents };
}

const sum = (all: readonly Spent[]): Spent =>
  all.reduce((a, b) => ({ ms: a.ms + b.ms, cpuMs: a.cpuMs + b.cpuMs, mainCpuMs: a.mainCpuMs + b.mainCpuMs }), { ms: 0, cpuMs: 0, mainCpuMs: 0 });

/**
 * The floor for an atomic file export that never replaces a file: the same
 * bytes, the same layout, no checks and no database. A temporary file,
 * written and flushed, hard-linked to its name (which fails if the name
 * exists), unlinked, and the folder flushed.
 */
async function rawExport(root: string, documents: readonly ExportedDocument[]): Promise<void> {
  const made = new Set<string>();
  for (const d of documents) {
    const dir = await rawPut(root, d, made);
    await flushFolder(dir);
  }
}

/**
 * The same, written the way the export writes (electron/services/sync/folder/target.ts: deliverBatch): rounds of
 * RECORD_BATCH files, WRITES_AT_ONCE at a time, each folder flushed once per round.
 */
async function rawExportShaped(root: string, documents: readonly ExportedDocument[]): Promise<void> {
  const made = new Set<string>();
  for (let from = 0; from < documents.length; from += RECORD_BATCH) {
    const writing = limited(WRITES_AT_ONCE);
    const dirs = await Promise.all(documents.slice(from, from + RECORD_BATCH).map((d) => writing(() => rawPut(root, d, made))));
    for (const dir of new Set(dirs)) await flushFolder(dir);
  }
}

/** Temporary file written and flushed, hard-linked to its name, unlinked: the folder it is in, still to flush. */
async function rawPut(root: string, d: ExportedDocument, made: Set<string>): Promise<string> {
  const dir = path.join(root, path.dirname(d.rel));
  if (!made.has(dir)) {
    await fs.promises.mkdir(dir, { recursive: true });
    made.add(dir);
  }
  const final = path.join(dir, path.basename(d.rel));
  const temp = `${final}.tmp`;
  const handle = await fs.promises.open(temp, 'wx');
  await handle.writeFile(d.body);
  await handle.sync();
  await handle.close();
  await fs.promises.link(temp, final);
  await fs.promises.unlink(temp);
  return dir;
}

async function flushFolder(dir: string): Promise<void> {
  const handle = await fs.promises.open(dir, 'r');
  await handle.sync();
  await handle.close();
}
