import { asCopy, byOriginal, type CopyName, type OriginalState } from '../../../../shared/sync/copy-verdicts';
import { classifyFileName } from '../../../../shared/sync/file-names';
import {
  byChange,
  byContentChange,
  byKnown,
  byName,
  ownsName,
  type EntryRead,
  type SeenEntry,
  type Verdict,
} from '../../../../shared/sync/import-verdicts';
import type { AnyDocumentKind, WrittenRef } from '../../../../shared/sync/kinds';
import { sha256Hex } from '../export/sha256';
import { entryKey } from '../store/import-entries';
import { revisionKey } from '../store/imported-documents';
import { judgeContent } from './content-check';
import type { ImportRunDeps } from './run';
import type { ImportSource, SourceEntry } from './source';

/** A conflict copy, put aside until every original of the pass is settled (shared/sync/copy-verdicts.ts). */
export interface PendingCopy extends CopyName {
  entry: SourceEntry;
  ref: Omit<WrittenRef, 'kind'>;
}

/** What is known of some names of a kind: which ids this install wrote, and which revisions are already imported. */
interface Known {
  kind: string;
  ids: ReadonlySet<string>;
  own: ReadonlySet<string>;
  /** Added to as the pass stores revisions. */
  imported: Set<string>;
}

export type Decision = { verdict: Verdict } | { copy: PendingCopy };

/**
 * The facts-gathering half of a pass: asks the pure steps of
 * shared/sync/import-verdicts.ts for a verdict on one entry, and gathers only
 * what they ask for (a lookup, a stat, a read). `seen` is what earlier passes
 * recorded.
 */
export function createDecider(deps: ImportRunDeps, source: ImportSource, seen: () => ReadonlyMap<string, SeenEntry>) {
  const lookUp = (kind: AnyDocumentKind, ids: readonly string[]): Known => ({
    kind: kind.kind,
    ids: new Set(ids),
    // Of a kind several installs write, the writer in the name says whose it is.
    own: kind.writers === 'many-installs' ? new Set() : deps.writtenHere(kind.kind, ids),
    imported: deps.imported.revisionsAmong(kind.kind, ids),
  });
  /**
   * The current page's names of one kind, looked up in two queries rather than two per file, and kept as exact as
   * the per-file questions: rows are only ever added, and what this pass stores is added here as it is stored.
   */
  let page: Known | null = null;
  const knownOf = (kind: AnyDocumentKind, ref: Omit<WrittenRef, 'kind'>, fresh: boolean): Known =>
    !fresh && page?.kind === kind.kind && page.ids.has(ref.documentId) ? page : lookUp(kind, [ref.documentId]);
  const owns = (kind: AnyDocumentKind, named: Omit<WrittenRef, 'kind'>, known = knownOf(kind, named, true)) =>
    ownsName(kind, named, deps.installId, (id) => known.own.has(id));
  const maxBytes = (kind: AnyDocumentKind) => kind.maxBytes ?? deps.maxFileBytes;
  const check = (kind: AnyDocumentKind, named: Omit<WrittenRef, 'kind'>) => ({ kind, named, installId: deps.installId, maxBytes: maxBytes(kind), sha256: sha256Hex });

  /** What reading gave, judged: in the checking thread when it takes the document, else here (the signature off the main thread). */
  async function content(read: EntryRead, kind: AnyDocumentKind, ref: Omit<WrittenRef, 'kind'>): Promise<Verdict> {
    const checking = check(kind, ref);
    const away = read.kind === 'read' ? (deps.offload?.judge(read, checking) ?? null) : null;
    return (away && (await away)) ?? judgeContent(read, checking, deps.verify);
  }

  /** Read and judged in the checking thread when it takes the file: a verdict, or what it read (null: read it here). */
  async function readAway(entry: SourceEntry, kind: AnyDocumentKind, ref: Omit<WrittenRef, 'kind'>): Promise<EntryRead | Verdict | null> {
    const file = deps.offload && source.localFile ? await source.localFile(entry) : null;
    const away = file ? await deps.offload!.readAndJudge(file, check(kind, ref)) : null;
    return away === null ? null : 'verdict' in away ? away.verdict : away.read;
  }

  /** An entry whose name says it is `ref`: new, or skipped before and looked at again. */
  async function judge(entry: SourceEntry, kind: AnyDocumentKind, ref: Omit<WrittenRef, 'kind'>, before: SeenEntry | undefined, fresh = false): Promise<Verdict> {
    let read: EntryRead | null = null;
    if (before) {
      const change = byChange(before, await source.fingerprint(entry));
      if (change.step === 'done') return change.verdict;
      if (change.step === 'compare') {
        // Same size and time: only the content can tell a rewrite in place from the file as it was.
        read = await source.read(entry, maxBytes(kind));
        const same = read.kind === 'read' ? byContentChange(before, sha256Hex(read.utf8 ?? read.text)) : null;
        if (same) return same;
      }
    }
    const lookedUp = knownOf(kind, ref, fresh);
    const known = byKnown({ own: owns(kind, ref, lookedUp), imported: lookedUp.imported.has(revisionKey(ref)) });
    if (known) return known;
    if (!read) {
      const away = await readAway(entry, kind, ref);
      if (away && 'verdict' in away) return away;
      read = away;
    }
    return content(read ?? (await source.read(entry, maxBytes(kind))), kind, ref);
  }

  return {
    /** Looks up a page's entries of one kind at once, before they are decided. */
    lookUpPage(kind: AnyDocumentKind, entries: readonly SourceEntry[]): void {
      const ids = new Set<string>();
      const before = seen();
      for (const entry of entries) {
        // A name seen before is settled by its name alone (byName), unless it was skipped: then it is looked at again.
        const known = before.get(entryKey(entry.kind, entry.relativePath));
        if (known && known.outcome !== 'skipped') continue;
        const name = classifyFileName(kind, entry.name);
        if (name.is === 'document') ids.add(name.documentId);
      }
      page = lookUp(kind, [...ids]);
    },

    /** Revisions this pass has just stored: from now on they are duplicates, as the table says. */
    stored(refs: readonly WrittenRef[]): void {
      for (const ref of refs) if (page?.kind === ref.kind) page.imported.add(revisionKey(ref));
    },

    async decide(entry: SourceEntry): Promise<Decision> {
      const kind = deps.kinds.get(entry.kind);
      const before = seen().get(entryKey(entry.kind, entry.relativePath));
      const step = byName(kind, { name: classifyFileName(kind, entry.name), place: entry.place ?? 'layout', shape: entry.shape ?? 'file' }, before);
      switch (step.step) {
        case 'done':
          return { verdict: step.verdict };
        case 'hidden': {
          const ours = step.tempOf !== null && owns(kind, step.tempOf);
          return { verdict: ours && (await source.tidy(entry, Date.parse(deps.now()))) ? { verdict: 'cleaned' } : { verdict: 'hidden' } };
        }
        case 'copy':
          return { copy: { entry, of: step.of, ref: step.ref, copy: step.copy } };
        case 'recheck':
          return { verdict: await judge(entry, kind, step.ref, step.seen) };
        case 'lookup':
          return { verdict: await judge(entry, kind, step.ref, undefined) };
      }
    },

    /** A copy, once what became of its original is known. */
    async decideCopy(pending: PendingCopy, original: OriginalState): Promise<Verdict> {
      const before = seen().get(entryKey(pending.entry.kind, pending.entry.relativePath));
      const settled = byOriginal(pending, original, before);
      if (settled) return settled;
      const stand = original as OriginalState & { state: 'missing' | 'damaged' };
      // Looked up afresh: a copy is judged after its original, which this pass may have stored.
      return asCopy(await judge(pending.entry, deps.kinds.get(pending.entry.kind), pending.ref, before, true), pending, stand);
    },

    /** Whether this install owns the document a copy copies. */
    ownsCopied: (pending: PendingCopy) => owns(deps.kinds.get(pending.entry.kind), pending.ref),
  };
}
export type Decider = ReturnType<typeof createDecider>;
