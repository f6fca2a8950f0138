import type Database from 'better-sqlite3';
import type { ImportReport, SkippedFile } from '../../../../shared/api/sync';
import { classifyFileName } from '../../../../shared/sync/file-names';
import { byChange, byContent, byKnown, byName, ownsName, recordedOutcome, tally, type Verdict } from '../../../../shared/sync/import-verdicts';
import type { KindRegistry } from '../../../../shared/sync/kinds';
import type { ImportedEvent, PhasedHook, ImportPhase } from '../../hooks';
import { sha256Hex } from '../export/sha256';
import type { ImportCursorsStore } from '../store/import-cursors';
import { entryKey, type ImportEntriesStore } from '../store/import-entries';
import type { ImportedDocumentsStore } from '../store/imported-documents';
import type { ImportSource, SourceEntry } from './source';

export interface ImportRunDeps {
  db: Database.Database;
  kinds: KindRegistry;
  entries: ImportEntriesStore;
  imported: ImportedDocumentsStore;
  cursors: ImportCursorsStore;
  /** Whether this install froze a document of that id (shared/sync/import-verdicts.ts: ownsName). */
  wroteHere(kind: string, documentId: string): boolean;
  hooks: PhasedHook<ImportPhase, ImportedEvent>;
  installId: string;
  now(): string;
  /** Documents are a few kilobytes; anything far bigger is not one and is not read. */
  maxFileBytes: number;
}

export const DEFAULT_MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const REPORTED_SKIPS = 100;
/** Verdicts stored per transaction: each commit costs an fsync. */
const BATCH = 500;
/** A few entries in flight at once: on a network share each read waits on a round trip. */
export const READ_CONCURRENCY = 8;

interface Settled {
  entry: SourceEntry;
  verdict: Verdict;
}

/**
 * Carries out one import pass over a source: asks the pure steps of
 * shared/sync/import-verdicts.ts for a verdict on each entry (gathering only
 * the facts they ask for), then stores the verdicts in batches, each batch
 * one transaction in which every newly stored document runs the import
 * hooks. The report counts verdicts. Nothing local is ever deleted.
 */
export async function runImport(deps: ImportRunDeps, source: ImportSource, targetId: string, signal?: AbortSignal): Promise<ImportReport> {
  const startedAt = deps.now();
  const verdicts: Verdict[] = [];
  const skippedFiles: SkippedFile[] = [];
  let listed = 0;
  const report = (outcome: ImportReport['outcome'], message: string | null): ImportReport => ({
    targetId,
    startedAt,
    finishedAt: deps.now(),
    outcome,
    message,
    listed,
    ...tally(verdicts),
    skippedFiles,
  });

  const seen = deps.entries.seen(source.sourceId);
  const owns = (kind: string, named: Parameters<typeof ownsName>[1]) =>
    ownsName(deps.kinds.get(kind), named, deps.installId, (id) => deps.wroteHere(kind, id));

  async function decide(entry: SourceEntry): Promise<Verdict> {
    const kind = deps.kinds.get(entry.kind);
    const before = seen.get(entryKey(entry.kind, entry.relativePath));
    const step = byName(classifyFileName(kind, entry.name), before);
    if (step.step === 'done') return step.verdict;
    if (step.step === 'hidden') {
      const ours = step.tempOf !== null && owns(entry.kind, step.tempOf);
      return ours && (await source.tidy(entry, Date.parse(deps.now()))) ? { verdict: 'cleaned' } : { verdict: 'hidden' };
    }
    if (step.step === 'recheck') {
      const changed = byChange(step.seen, await source.fingerprint(entry));
      if (changed) return changed;
    }
    const ref = { kind: entry.kind, ...step.ref };
    const known = byKnown({ own: owns(entry.kind, step.ref), imported: deps.imported.has(ref) });
    if (known) return known;
    const read = await source.read(entry, deps.maxFileBytes);
    return byContent(read, { kind, named: step.ref, installId: deps.installId, maxBytes: deps.maxFileBytes, sha256: sha256Hex });
  }

  let pending: Settled[] = [];
  const settle = (entry: SourceEntry, verdict: Verdict) => {
    if (verdict.verdict === 'skipped' && skippedFiles.length < REPORTED_SKIPS) skippedFiles.push({ relativePath: entry.relativePath, reason: verdict.reason });
    if (verdict.verdict === 'import' || recordedOutcome(verdict)) pending.push({ entry, verdict });
    else verdicts.push(verdict);
  };
  /** Stores what was settled, in one transaction; `cursor`, when given, is saved with it. */
  const flush = (cursor: string | null = null) => {
    const batch = pending;
    pending = [];
    if (!batch.length && cursor === null) return;
    deps.db.transaction(() => {
      const at = deps.now();
      for (const settled of batch) verdicts.push(store(settled, at));
      if (cursor !== null) deps.cursors.set(source.sourceId, cursor, at);
    })();
  };
  const store = ({ entry, verdict }: Settled, at: string): Verdict => {
    let final = verdict;
    if (verdict.verdict === 'import') {
      const { ref, document, raw, extra, installId, contentHash } = verdict.document;
      const kind = deps.kinds.get(ref.kind);
      const from = { sourceId: source.sourceId, targetId, relativePath: entry.relativePath };
      const body = JSON.stringify(kind.stored ? kind.stored(raw) : raw);
      // ON CONFLICT in the insert dedupes two entries of one revision, even within one batch.
      const stored = deps.imported.insert({ ref, contentHash, ...from, originInstallId: installId, body, importedAt: at });
      if (stored) deps.hooks.run({ ref, document, extra, installId, from, at });
      final = stored ? { verdict: 'imported', fingerprint: verdict.fingerprint, opened: true } : { verdict: 'duplicate', fingerprint: verdict.fingerprint, opened: true };
    }
    const outcome = recordedOutcome(final);
    if (outcome) {
      const fingerprint = 'fingerprint' in final ? final.fingerprint : null;
      const reason = final.verdict === 'skipped' ? final.reason : '';
      deps.entries.record(
        source.sourceId,
        { kind: entry.kind, relativePath: entry.relativePath, outcome, reason, sizeBytes: fingerprint?.sizeBytes ?? null, mtimeMs: fingerprint?.mtimeMs ?? null },
        at,
      );
    }
    return final;
  };

  let failure: string | null = null;
  let notice: string | null = null;
  async function page(entries: readonly SourceEntry[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < entries.length && failure === null && !signal?.aborted) {
        const entry = entries[next++]!;
        try {
          settle(entry, await decide(entry));
        } catch (error) {
          // One entry's problem is that entry's: it is skipped with the reason and the pass goes on. Only the
          // source itself going away (a share's marker unreadable: a drive unplugged mid-pass) stops the pass,
          // and then the entry is not marked, so it is read again when the source is back.
          const gone = await source.problem();
          if (gone) failure ??= gone;
          else {
            const { reason, fingerprint } = await source.explain(entry, error);
            settle(entry, { verdict: 'skipped', reason, fingerprint, opened: false });
          }
        }
        if (pending.length >= BATCH) flush();
      }
    };
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  }

  for (let since = deps.cursors.get(source.sourceId); ; ) {
    const listing = await source.list(since, signal);
    if (!listing.ok) {
      flush();
      return report(listed ? 'error' : 'unreachable', listed ? `The import stopped: ${listing.message}` : listing.message);
    }
    listed += listing.entries.length;
    notice ??= listing.notice ?? null;
    await page(listing.entries);
    if (failure !== null) {
      flush();
      return report('error', `The import stopped: ${failure}`);
    }
    // A page cut short by close() is not finished: its cursor is not saved.
    const finished = !signal?.aborted;
    flush(finished ? listing.next : null);
    if (!finished || !listing.more || listing.next === null) return report('done', notice);
    since = listing.next;
  }
}
