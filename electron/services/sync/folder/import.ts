import type Database from 'better-sqlite3';
import type { ImportReport, SkippedFile } from '../../../../shared/api/sync';
import { verifyExportText } from '../../../../shared/export';
import { classifyShareFileName } from '../../../../shared/sync/layout';
import { sha256Hex } from '../export/sha256';
import type { ImportedStore } from '../store/imported';
import type { SeenFile, ShareFileRecord, ShareFilesStore } from '../store/share-files';
import type { StoredTarget } from '../store/targets';
import { describeFsError, describeReadProblem } from './fs-errors';
import { shareProblem } from './marker';
import { readCapped, statOrNull } from './read-capped';
import { removeIfOwnStaleTemp } from './stale-temps';
import { listShareFiles, type ListedFile } from './walk';

export interface ImportDeps {
  db: Database.Database;
  shareFiles: ShareFilesStore;
  imported: ImportedStore;
  now(): string;
  installId: string;
  /** A scorecard of this install: its files in the share are ours, never imported back. */
  isOwnScorecard(scorecardId: string): boolean;
  /** Exports are a few kilobytes; anything far bigger is not one and is not read. */
  maxFileBytes: number;
}

export const DEFAULT_MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const REPORTED_SKIPS = 100;
const BATCH = 500;
export const READ_CONCURRENCY = 8;

type Counter = 'read' | 'imported' | 'duplicates' | 'own' | 'alreadySeen' | 'disappeared' | 'cleanedTempFiles' | 'skipped';

/**
 * One pass over a shared folder: new names only, each validated before it is
 * stored, bad ones listed with the reason. Nothing in the share is changed
 * except our own stale temporary files, and nothing local is deleted.
 */
export async function importShare(deps: ImportDeps, target: StoredTarget, signal?: AbortSignal): Promise<ImportReport> {
  const startedAt = deps.now();
  const counts: Record<Counter, number> = { read: 0, imported: 0, duplicates: 0, own: 0, alreadySeen: 0, disappeared: 0, cleanedTempFiles: 0, skipped: 0 };
  const skippedFiles: SkippedFile[] = [];
  const report = (outcome: ImportReport['outcome'], message: string | null, listed: number): ImportReport => ({
    targetId: target.id,
    startedAt,
    finishedAt: deps.now(),
    outcome,
    message,
    listed,
    ...counts,
    skippedFiles,
  });
  if (target.config.kind !== 'folder' || !target.shareId) return report('error', 'Only shared folders can be read back.', 0);
  const root = target.config.path;
  const shareId = target.shareId;

  // No marker, no reading: an empty mount point must look unreachable, not empty.
  const problem = await shareProblem(root, shareId);
  if (problem) return report('unreachable', problem, 0);

  let listed: ListedFile[];
  try {
    listed = await listShareFiles(root);
  } catch (error) {
    return report('unreachable', describeFsError(error, `The shared folder ${root}`, 'read'), 0);
  }

  const seen = deps.shareFiles.seen(shareId);
  const writes: (() => void)[] = [];
  const flush = () => {
    if (!writes.length) return;
    const batch = writes.splice(0);
    deps.db.transaction(() => batch.forEach((w) => w()))();
  };
  const remember = (file: ShareFileRecord) => {
    const at = deps.now();
    writes.push(() => deps.shareFiles.record(shareId, file, at));
  };
  const skip = (file: ListedFile, reason: string, size: { sizeBytes: number | null; mtimeMs: number | null }) => {
    counts.skipped += 1;
    if (skippedFiles.length < REPORTED_SKIPS) skippedFiles.push({ relativePath: file.relativePath, reason });
    remember({ relativePath: file.relativePath, outcome: 'skipped', reason, ...size });
  };

  // A few files in flight at once: on a network share each read waits on a round trip.
  let next = 0;
  let failure: string | null = null;
  const worker = async () => {
    while (next < listed.length && failure === null && !signal?.aborted) {
      const file = listed[next++]!;
      try {
        await visit(file, seen.get(file.relativePath));
      } catch (error) {
        // One file's problem is that file's: it is skipped with the reason and the pass goes on. Only the
        // share itself going away (its marker unreadable: a drive unplugged mid-pass) stops the pass, and then
        // the file is not marked, so it is read again when the share is back.
        const gone = await shareProblem(root, shareId);
        if (gone) failure ??= gone;
        else await skipUnreadable(file, error);
      }
      if (writes.length >= BATCH) flush();
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  flush();
  if (failure !== null) return report('error', `The import stopped: ${failure}`, listed.length);
  return report('done', null, listed.length);

  async function skipUnreadable(file: ListedFile, error: unknown): Promise<void> {
    const { reason, transient } = describeReadProblem(error);
    // Remembered with its size and time, so it is looked at again once it changes; a passing problem
    // (a sync client holding it, the network) is remembered without them, so the next pass tries again.
    let size: { sizeBytes: number | null; mtimeMs: number | null } = { sizeBytes: null, mtimeMs: null };
    if (!transient) size = (await statOrNull(file.absolutePath).catch(() => null)) ?? size;
    skip(file, reason, size);
  }

  async function visit(file: ListedFile, before: SeenFile | undefined): Promise<void> {
    const name = classifyShareFileName(file.name);
    if (name.kind === 'hidden') {
      if (await removeIfOwnStaleTemp(file.absolutePath, file.name, deps.isOwnScorecard, Date.parse(deps.now()))) counts.cleanedTempFiles += 1;
      return;
    }
    const none = { sizeBytes: null, mtimeMs: null };
    if (before && before.outcome !== 'skipped') return void (counts.alreadySeen += 1);
    if (name.kind === 'conflict' || name.kind === 'foreign') {
      if (before) return void (counts.alreadySeen += 1);
      return skip(file, name.message, none);
    }
    if (before) {
      // A skipped export is looked at again only if it changed: a sync client may have finished bringing it in.
      const now = await statOrNull(file.absolutePath);
      if (!now) return void (counts.disappeared += 1);
      if (now.sizeBytes === before.sizeBytes && now.mtimeMs === before.mtimeMs) return void (counts.alreadySeen += 1);
    }
    if (deps.isOwnScorecard(name.scorecardId)) {
      counts.own += 1;
      return remember({ relativePath: file.relativePath, outcome: 'own', reason: '', ...none });
    }
    if (deps.imported.has(name.scorecardId, name.revision)) {
      counts.duplicates += 1;
      return remember({ relativePath: file.relativePath, outcome: 'duplicate', reason: '', ...none });
    }

    const got = await readCapped(file.absolutePath, deps.maxFileBytes);
    if (got.kind === 'gone') return void (counts.disappeared += 1);
    const size = { sizeBytes: got.sizeBytes, mtimeMs: got.mtimeMs };
    if (got.kind === 'not_a_file') return skip(file, `${got.what}, not a scorecard export`, size);
    if (got.kind === 'too_large') {
      return skip(file, `too large to be a scorecard export (${megabytes(got.sizeBytes)} MB; the limit is ${megabytes(deps.maxFileBytes)} MB)`, size);
    }
    counts.read += 1;
    const body = got.bytes.toString('utf8');
    const verified = verifyExportText(body, sha256Hex);
    if (!verified.ok) return skip(file, verified.message, size);
    const { document: doc, raw, templateContentText } = verified;
    if (doc.scorecardId !== name.scorecardId || doc.revision !== name.revision) {
      return skip(file, `its content is scorecard ${doc.scorecardId} revision ${doc.revision}, which does not match its file name`, size);
    }
    if (doc.origin.installId === deps.installId) {
      counts.own += 1;
      return remember({ relativePath: file.relativePath, outcome: 'own', reason: '', ...size });
    }
    const at = deps.now();
    // Batched with the other writes; ON CONFLICT in the insert dedupes two files of one id and revision, even in one batch.
    writes.push(() => {
      const stored = deps.imported.insert(doc, raw, templateContentText, { shareId, targetId: target.id, relativePath: file.relativePath }, at);
      deps.shareFiles.record(shareId, { relativePath: file.relativePath, outcome: stored ? 'imported' : 'duplicate', reason: '', ...size }, at);
      counts[stored ? 'imported' : 'duplicates'] += 1;
    });
  }
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
