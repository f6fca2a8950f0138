import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sha256Hex } from '../electron/services/sync/export/sha256';
import { READ_CONCURRENCY } from '../electron/services/sync/import/run';
import { createVerifier } from '../electron/services/sync/signing/ed25519';
import { signatureClaim, unsignedHashOf } from '../shared/sync/signature';
import { BUILTIN_TEMPLATE_VERSION_ID, builtinTemplate } from '../shared/templates/builtin';
import { generateScorecards } from './generate/scorecards';
import { once, onceAsync, printRows, withCpu, type Row, type Spent } from './harness';
import { openBenchService, type BenchService } from './service';
import { WRITES_AT_ONCE } from '../electron/services/sync/folder/target';
import { RECORD_BATCH } from '../electron/services/sync/outbox/drainer';
import { answerWaits, longest, median } from './sync-answer-wait';
import { EXPORT_ROUND, exportInRounds } from './sync-export';

const SCORECARDS = Number(process.env.CALLMARK_BENCH_SYNC_SCORECARDS ?? 10_000);

/**
 * Issue 4's shared-folder figures, each beside the raw limit measured in the
 * same run on the same disk:
 * - export: the outbox draining SCORECARDS signed documents into a share
 *   (marker check, temp file, fsync, hard link, directory fsync, outbox row
 *   per item) beside a plain write-fsync-link-fsync dir of the same bytes,
 *   in alternating rounds (./sync-export.ts) (target: within 1.3×);
 * - import: a colleague reading them back (validate, hash, check the
 *   signature, store) beside readdir + read + JSON.parse of the same files
 *   (target: within 3×);
 * - a second import pass over the same files plus one new one, which must read
 *   only the new one, beside the same raw re-read.
 */
export async function benchSync(): Promise<void> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-bench-sync-'));
  const rita = openBenchService(path.join(base, 'rita'));
  const sam = openBenchService(path.join(base, 'sam'));
  const installs = [rita, sam];
  try {
    const reviewer = await rita.call('reviewer.setName', { name: 'Rita Reviewer' });
    await sam.call('reviewer.setName', { name: 'Sam Second' });
    // Each install's signing key is read from its secret store before anything is completed, as in the app.
    await Promise.all([rita.idle(), sam.idle()]);
    const generated = once(() => generateScorecards(rita.service.context.db, { scorecards: SCORECARDS, agents: 50, days: 730, reviewer }));

    const share = path.join(base, 'share');
    fs.mkdirSync(share);
    const target = await rita.call('sync.targets.add', { name: 'Team share', config: { kind: 'folder', path: share } });
    const db = rita.service.context.db;
    const ids = db.prepare(`SELECT id FROM scorecards WHERE status = 'completed' ORDER BY id`).pluck().all() as string[];
    const { exported, raw, rawShaped, roundRatios, queuedMs, documents } = await exportInRounds(rita, target.id, share, path.join(base, 'raw-export'), ids);
    const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d.body), 0);
    const status = (await rita.call('sync.status', { targetId: target.id })).targets[0]!;
    if (status.counts.sent !== SCORECARDS) throw new Error(`bench: ${status.counts.sent} of ${SCORECARDS} exported (${status.lastError?.message})`);

    const found = await sam.call('sync.targets.inspectFolder', { path: share });
    const samTarget = await sam.call('sync.targets.add', { name: 'Team share', config: { kind: 'folder', path: share }, adoptShareId: found.share!.shareId });
    const rawReadBefore = await withCpu(() => rawImport(share));
    const imported = await withCpu(() => sam.call('sync.import', { targetId: samTarget.id }));
    const rawRead = mean(rawReadBefore, await withCpu(() => rawImport(share)));
    if (imported.value.importedByKind.scorecard !== SCORECARDS) throw new Error(`bench: imported ${imported.value.importedByKind.scorecard} of ${SCORECARDS}`);

    const signatures = signaturesOf(documents);
    const verified = await withCpu(() => verifyAll(signatures));
    if (verified.value !== documents.length) throw new Error(`bench: ${verified.value} of ${documents.length} signatures verified`);

    await completeOne(rita);
    await rita.idle();
    const rawReread = await onceAsync(() => rawImport(share));
    const second = await onceAsync(() => sam.call('sync.import', { targetId: samTarget.id }));
    if (second.value.imported !== 1) throw new Error(`bench: the second pass imported ${second.value.imported}, expected the 1 new file`);

    // A third install imports the share while its reviewer saves answers.
    const tom = openBenchService(path.join(base, 'tom'));
    installs.push(tom);
    await tom.call('reviewer.setName', { name: 'Tom Third' });
    await tom.idle();
    const tomTarget = await tom.call('sync.targets.add', { name: 'Team share', config: { kind: 'folder', path: share }, adoptShareId: found.share!.shareId });
    const waits = await answerWaits(tom, () => tom.call('sync.import', { targetId: tomTarget.id }));

    const n = SCORECARDS.toLocaleString('en');
    const rows: Row[] = [
      { name: `generate ${n} completed scorecards (SQL, one transaction)`, value: generated.ms, unit: 'ms' },
      { name: `queue ${n} (every completion hook; builds and stores each export document)`, value: queuedMs, unit: 'ms' },
      { name: `export document size (mean)`, value: bytes / documents.length / 1024, unit: 'KiB' },
      {
        name: `export ${n} to the shared folder (outbox drain, in rounds of ${EXPORT_ROUND.toLocaleString('en')} alternating with the raw write)`,
        value: exported.ms,
        unit: 'ms',
        limit: { label: 'write+fsync+link+fsync dir of the same bytes', value: raw.ms },
      },
      {
        name: `  the ${roundRatios.length} rounds' ratios, lowest to highest: ${roundRatios.map((r) => `${r.toFixed(2)}×`).join(' ')}`,
        value: roundRatios[Math.floor(roundRatios.length / 2)]!,
        unit: '× (median round)',
      },
      { name: `  per scorecard`, value: exported.ms / SCORECARDS, unit: 'ms', limit: { label: 'raw', value: raw.ms / SCORECARDS } },
      {
        // The export writes a few files at once and flushes each folder once per round: beside a raw write shaped alike, its own overhead shows.
        name: `  beside a raw write shaped as the export writes (${WRITES_AT_ONCE} files at once, one folder flush per ${RECORD_BATCH})`,
        value: exported.ms,
        unit: 'ms',
        limit: { label: 'the same raw write, shaped alike', value: rawShaped.ms },
      },
      { name: `import ${n} from the shared folder (validate, hash, signature, store)`, value: imported.ms, unit: 'ms', limit: { label: `readdir+read+JSON.parse of the same files, ${READ_CONCURRENCY} reads in flight`, value: rawRead.ms } },
      {
        name: `  of which the floor of checking ${n} signatures alone (Ed25519 in the thread pool, ${READ_CONCURRENCY} at once), CPU time`,
        value: verified.cpuMs,
        unit: 'ms',
      },
      // On a machine shared with other work, wall time swings with the load; CPU time (this process, its thread pool included) much less.
      { name: `  export, CPU time`, value: exported.cpuMs, unit: 'ms', limit: { label: 'raw, CPU time', value: raw.cpuMs } },
      { name: `  import, CPU time`, value: imported.cpuMs, unit: 'ms', limit: { label: 'raw, CPU time', value: rawRead.cpuMs } },
      // What the main thread spent, which bounds the wall time on a quiet machine once checking runs on a second core.
      { name: `  export, main-thread CPU time`, value: exported.mainCpuMs, unit: 'ms', limit: { label: 'raw, main-thread CPU time', value: raw.mainCpuMs } },
      { name: `  import, main-thread CPU time`, value: imported.mainCpuMs, unit: 'ms', limit: { label: 'raw, main-thread CPU time', value: rawRead.mainCpuMs } },
      {
        name: `second import pass over ${n} + 1 new file (files read: ${second.value.read}, listed: ${second.value.listed})`,
        value: second.ms,
        unit: 'ms',
        limit: { label: `readdir+read+JSON.parse of all ${(SCORECARDS + 1).toLocaleString('en')}`, value: rawReread.ms },
      },
      {
        name: `an answer saved while its install imports ${n} (one due every 20 ms, ${waits.during.length} saves), longest wait from due to saved`,
        value: longest(waits.during),
        unit: 'ms',
        limit: { label: `the same saves with nothing else running (${waits.idle.length}), longest`, value: longest(waits.idle) },
      },
      { name: `  median wait`, value: median(waits.during), unit: 'ms', limit: { label: 'idle, median', value: median(waits.idle) } },
    ];
    printRows(`Sync to a shared folder (${n} scorecards)`, rows);
  } finally {
    for (const install of installs) await install.service.close();
    fs.rmSync(base, { recursive: true, force: true });
  }
}

const mean = (a: Spent, b: Spent): Spent => ({ ms: (a.ms + b.ms) / 2, cpuMs: (a.cpuMs + b.cpuMs) / 2, mainCpuMs: (a.mainCpuMs + b.mainCpuMs) / 2 });

async function completeOne(r: BenchService): Promise<void> {
  const [agent] = await r.call('agents.list', {});
  const detail = await r.call('reviews.create', {
    agentId: agent!.id,
    templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
    interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z' },
  });
  for (const e of builtinTemplate.sections.flatMap((s) => s.elements)) await r.call('reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId: e.id, value: 'met' });
  await r.call('reviews.complete', { scorecardId: detail.scorecard.id });
}

/** What each document's signature claims, worked out before timing: the verifying alone is timed. */
function signaturesOf(documents: { body: string }[]) {
  return documents.map(({ body }) => {
    const raw = JSON.parse(body) as Record<string, unknown>;
    const claim = signatureClaim('scorecard', raw, unsignedHashOf(raw, sha256Hex));
    if (!claim.signed) throw new Error('bench: an unsigned document');
    return claim;
  });
}

async function verifyAll(claims: { publicKey: string; message: string; value: string }[]): Promise<number> {
  const verify = createVerifier();
  let next = 0;
  let valid = 0;
  const worker = async () => {
    while (next < claims.length) {
      const { publicKey, message, value } = claims[next++]!;
      if (await verify(publicKey, message, value)) valid += 1;
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return valid;
}

/**
 * The floor for an import: list the month folders, read and parse every file,
 * as many reads in flight as the importer uses.
 */
async function rawImport(share: string): Promise<number> {
  const base = path.join(share, 'scorecards');
  const files: string[] = [];
  for (const year of await fs.promises.readdir(base))
    for (const month of await fs.promises.readdir(path.join(base, year)))
      for (const name of await fs.promises.readdir(path.join(base, year, month))) if (!name.startsWith('.')) files.push(path.join(base, year, month, name));
  let next = 0;
  const worker = async () => {
    while (next < files.length) JSON.parse(await fs.promises.readFile(files[next++]!, 'utf8'));
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return files.length;
}
