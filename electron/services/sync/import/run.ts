import type Database from 'better-sqlite3';
import type { ImportReport, SkippedFile } from '../../../../shared/api/sync';
import type { OriginalState } from '../../../../shared/sync/copy-verdicts';
import { recordedOutcome, type Verdict } from '../../../../shared/sync/import-verdicts';
import type { KindRegistry } from '../../../../shared/sync/kinds';
import { rosterKind } from '../../../../shared/sync/roster';
import type { VerifySignature } from '../../../../shared/sync/signature';
import { tally } from '../../../../shared/sync/tally';
import type { ImportedEvent, ImportPhase, PhasedHook } from '../../hooks';
import type { ImportCursorsStore } from '../store/import-cursors';
import { entryKey, type ImportEntriesStore } from '../store/import-entries';
import type { ImportedDocumentsStore } from '../store/imported-documents';
import type { InstallKeysStore } from '../store/install-keys';
import type { ContentOffload } from './content-offload';
import { createDecider, type PendingCopy } from './decide';
import { limited } from '../limited';
import type { ImportSource, SourceEntry } from './source';
import { createVerdictStore, type Settled } from './store-verdict';

export interface ImportRunDeps {
  db: Database.Database;
  /** Every kind read back, in the order they are read: the roster's first, so keys are known before documents. */
  kinds: KindRegistry;
  entries: ImportEntriesStore;
  imported: ImportedDocumentsStore;
  cursors: ImportCursorsStore;
  keys: InstallKeysStore;
  verify: VerifySignature;
  /** A thread that checks large documents while this one reads and stores (./content-offload.ts). */
  offload?: ContentOffload;
  /** Which of these ids this install froze a document of (shared/sync/import-verdicts.ts: ownsName). */
  writtenHere(kind: string, documentIds: readonly string[]): ReadonlySet<string>;
  hooks: PhasedHook<ImportPhase, ImportedEvent>;
  installId: string;
  now(): string;
  /** Documents are a few kilobytes; anything far bigger is not one and is not read. */
  maxFileBytes: number;
  /** Verdicts stored per transaction (default BATCH): tests store fewer to compare batches, or to fail one mid-pass. */
  batch?: number;
}

export const DEFAULT_MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const REPORTED_SKIPS = 100;
/**
 * Verdicts stored per transaction. Its transaction holds up every other call of the backend (a reviewer's answer,
 * saved while listening): 250 take some 45 ms to store, 1 000 some 180 ms (up to 250), for the same 10 000 in the
 * same time (alternated runs, 30 November: the checkpoints are another thread's, and the facts a batch shares are
 * few at any size). Fewer per batch would start to cost commits, one log flush each.
 */
const BATCH = 250;
/** A few entries in flight at once: on a network share each read waits on a round trip. */
export const READ_CONCURRENCY = 8;
/**
 * Entries in flight on a large page (where the checking thread may work): enough that it has files queued while this
 * thread stores a batch (./content-offload.ts: MAX_WAITING_TO_READ), and this one has verdicts to store while the
 * other checks. Files opened at once here stay few.
 */
const WIDE_FROM = 200;
const WIDE_CONCURRENCY = 1024;
const WIDE_READS = 64;

/**
 * Carries out one import pass over a source: asks the pure steps of
 * shared/sync/import-verdicts.ts for a verdict on each entry (./decide.ts
 * gathers the facts they ask for), then stores the verdicts in batches, each
 * batch one transaction in which every newly stored document is judged by
 * its signer (./store-verdict.ts), then the import hooks hear the batch's
 * stored documents together. Kinds are read in registry order, each settled
 * before the next (the roster before documents); conflict copies after every
 * original. The report counts verdicts. Nothing local is ever deleted.
 */
export async function runImport(deps: ImportRunDeps, source: ImportSource, targetId: string, signal?: AbortSignal): Promise<ImportReport> {
  const startedAt = deps.now();
  const verdicts: Verdict[] = [];
  const skippedFiles: SkippedFile[] = [];
  const importedByKind: Record<string, number> = {};
  let listed = 0;
  const report = (outcome: ImportReport['outcome'], message: string | null): ImportReport => ({
    targetId,
    startedAt,
    finishedAt: deps.now(),
    outcome,
    message,
    listed,
    ...tally(verdicts),
    importedByKind,
    skippedFiles,
  });

  let seen = deps.entries.seen(source.sourceId);
  let released = false;
  let wide = false;
  // Every look at the source's files (and, after a failed read, at the source itself) waits for one of a few places.
  const io = limited(WIDE_READS);
  const files: ImportSource = {
    ...source,
    problem: () => io(() => source.problem()),
    read: (entry, maxBytes) => io(() => source.read(entry, maxBytes)),
    fingerprint: (entry) => io(() => source.fingerprint(entry)),
    explain: (entry, error) => io(() => source.explain(entry, error)),
    tidy: (entry, nowMs) => io(() => source.tidy(entry, nowMs)),
  };
  const decider = createDecider(deps, files, () => seen);
  const store = createVerdictStore(deps, source.sourceId, targetId, () => (released = true));
  /** This pass's final verdict of each entry, by entryKey: what became of a copy's original. */
  const judged = new Map<string, Verdict>();
  const copies: PendingCopy[] = [];

  let pending: Settled[] = [];
  const count = (entry: SourceEntry, verdict: Verdict) => {
    verdicts.push(verdict);
    judged.set(entryKey(entry.kind, entry.relativePath), verdict);
    if (verdict.verdict === 'imported') importedByKind[entry.kind] = (importedByKind[entry.kind] ?? 0) + 1;
    if (verdict.verdict === 'skipped' && skippedFiles.length < REPORTED_SKIPS) skippedFiles.push({ kind: entry.kind, relativePath: entry.relativePath, reason: verdict.reason });
  };
  const settle = (entry: SourceEntry, verdict: Verdict) => {
    if (verdict.verdict === 'import' || recordedOutcome(verdict)) pending.push({ entry, verdict });
    else count(entry, verdict);
  };
  /** A batch failed to store (a hook threw): the pass stops, and the other readers with it. */
  let halted = false;
  /** Stores what was settled (the first `most` of it), in one transaction; `cursor`, when given, is saved with it. */
  const flush = (cursor: string | null = null, most = pending.length) => {
    const batch = pending.slice(0, most);
    pending = pending.slice(most);
    if (!batch.length && cursor === null) return;
    let final: Verdict[];
    try {
      final = deps.db.transaction(() => {
        const at = deps.now();
        const stored = store(batch, at);
        deps.hooks.runBatch(stored.heard);
        if (cursor !== null) deps.cursors.set(source.sourceId, cursor, at);
        return stored.verdicts;
      })();
    } catch (error) {
      // Nothing of the batch is stored, counted or marked: the next pass reads its entries again.
      halted = true;
      throw error;
    }
    batch.forEach((settled, i) => count(settled.entry, final[i]!));
    decider.stored(batch.flatMap((settled, i) => (final[i]!.verdict === 'imported' && settled.verdict.verdict === 'import' ? [settled.verdict.document.ref] : [])));
    if (released) {
      // A roster entry made earlier skips worth reading again: this pass reads them as new.
      released = false;
      seen = deps.entries.seen(source.sourceId);
    }
  };

  const batchSize = deps.batch ?? BATCH;
  /**
   * Stores batches as they fill, each on a turn of the event loop of its own. A burst of the checking thread's
   * replies settles hundreds of documents in one turn; stored there too, they held up every other call of the
   * backend (a reviewer's saved answer) for 250 ms and more. Between batches, whatever else waits gets its turn.
   * Readers wait for the store once two batches are waiting: what is settled is held in memory until stored.
   */
  let storing: Promise<void> | null = null;
  let storeFailed: { error: unknown } | null = null;
  const storeSoon = () => {
    storing ??= (async () => {
      while (pending.length >= batchSize && !halted) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (pending.length >= batchSize && !halted) flush(null, batchSize);
      }
    })()
      .catch((error: unknown) => void (storeFailed = { error }))
      .finally(() => (storing = null));
  };

  let failure: string | null = null;
  let notice: string | null = null;
  /** Decides `entries` a few at a time; one entry's problem is that entry's, only the source going away stops the pass. */
  async function decideAll<T>(items: readonly T[], entryOf: (item: T) => SourceEntry, decide: (item: T) => Promise<Verdict | null>, width: number): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < items.length && failure === null && !halted && !signal?.aborted) {
        const item = items[next++]!;
        const entry = entryOf(item);
        try {
          const verdict = await decide(item);
          if (verdict) settle(entry, verdict);
        } catch (error) {
          // A batch that failed to store (a conflict copy is stored as it is decided) stops the pass: not this file's fault.
          if (halted) throw storeFailed ? storeFailed.error : error;
          // The entry is not marked when the source itself went away (a share's marker unreadable: a drive unplugged
          // mid-pass), so it is read again when the source is back.
          const gone = await files.problem();
          if (gone) failure ??= gone;
          else {
            const { reason, fingerprint } = await files.explain(entry, error);
            settle(entry, { verdict: 'skipped', reason, fingerprint, opened: false });
          }
        }
        if (pending.length >= batchSize) storeSoon();
        if (pending.length >= 2 * batchSize) await storing;
      }
    };
    try {
      await Promise.all(Array.from({ length: width }, worker));
    } finally {
      // Nothing is stored once the pass has ended, whatever ended it.
      await storing;
    }
    if (storeFailed) throw storeFailed.error;
  }

  const decideEntry = async (entry: SourceEntry): Promise<Verdict | null> => {
    const decision = await decider.decide(entry);
    if ('verdict' in decision) return decision.verdict;
    copies.push(decision.copy);
    return null;
  };

  async function page(entries: readonly SourceEntry[]): Promise<void> {
    for (const kind of deps.kinds.all) {
      const ofKind = entries.filter((e) => e.kind === kind.kind);
      decider.lookUpPage(kind, ofKind);
      await decideAll(
        ofKind,
        (e) => e,
        decideEntry,
        wide ? WIDE_CONCURRENCY : READ_CONCURRENCY,
      );
      // The roster is stored before any document is judged by its signer's key. Other kinds only share batches:
      // each is stored in the order settled, whatever batch it falls in.
      if (kind.kind === rosterKind.kind) flush();
    }
    flush();
    // One at a time, so a copy imported in place of its original settles the others of the same name.
    const copying = async (c: PendingCopy): Promise<Verdict | null> => {
      const verdict = await decider.decideCopy(c, originalOf(c));
      if (verdict.verdict !== 'import') return verdict;
      settle(c.entry, verdict);
      flush();
      if (judged.get(entryKey(c.entry.kind, c.entry.relativePath))?.verdict === 'imported') stoodIn.set(originalKey(c), c.entry.name);
      return null;
    };
    await decideAll(copies.splice(0), (c) => c.entry, copying, 1);
  }

  /** Copies imported this pass in place of their original, by the original's entryKey. */
  const stoodIn = new Map<string, string>();
  const originalKey = (c: PendingCopy) => entryKey(c.entry.kind, c.entry.relativePath.slice(0, c.entry.relativePath.length - c.entry.name.length) + c.of);

  /** What became of the file a copy copies, this pass or before. */
  function originalOf(c: PendingCopy): OriginalState {
    const key = originalKey(c);
    if (decider.ownsCopied(c)) return { state: 'own' };
    const by = stoodIn.get(key);
    if (by !== undefined) return { state: 'stood-in', by };
    if (deps.imported.has({ kind: c.entry.kind, ...c.ref })) return { state: 'imported' };
    const now = judged.get(key);
    if (now?.verdict === 'skipped') return { state: 'damaged', reason: now.reason };
    const before = seen.get(key);
    if (now?.verdict === 'already-seen' && before?.outcome === 'skipped') return { state: 'damaged', reason: before.reason };
    return { state: 'missing' };
  }

  for (let since = deps.cursors.get(source.sourceId); ; ) {
    const listing = await source.list(since, signal);
    if (!listing.ok) {
      flush();
      return report(listed ? 'error' : 'unreachable', listed ? `The import stopped: ${listing.message}` : listing.message);
    }
    listed += listing.entries.length;
    wide = listing.entries.length >= WIDE_FROM;
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
