import type { ShareFileName } from './file-names';
import type { AnyDocumentKind, Sha256Hex, WrittenRef } from './kinds/kind';

/**
 * An import pass, decided here and carried out by a runner
 * (electron/services/sync/import/run.ts). Each listed entry goes through up
 * to three pure steps, each given only the facts it needs, and ends in one
 * verdict; the runner gathers the next fact (a lookup, a stat, a read) only
 * when a step asks for it, and every count of the report is a count of
 * verdicts.
 *
 *   byName(file name, what was seen before) ─► verdict | recheck | lookup | hidden
 *   byChange(seen before, fingerprint now)  ─► verdict | lookup
 *   byKnown(own?, imported already?)        ─► verdict | read
 *   byContent(what reading gave)            ─► verdict
 */

/** Size and modification time: how a skipped entry is known to have changed. */
export interface Fingerprint {
  sizeBytes: number;
  mtimeMs: number;
}

export type SeenOutcome = 'imported' | 'duplicate' | 'own' | 'skipped';

/** What the bookkeeping says about an entry looked at in an earlier pass. */
export interface SeenEntry {
  outcome: SeenOutcome;
  sizeBytes: number | null;
  mtimeMs: number | null;
}

/** A document that passed every check: the runner stores it (or finds it already stored) and runs the import hooks. */
export interface Importable {
  ref: WrittenRef;
  document: unknown;
  raw: Record<string, unknown>;
  extra: unknown;
  installId: string;
  contentHash: string;
}

export type Verdict =
  | { verdict: 'already-seen' }
  /** Listed, then gone before it could be read: nothing is remembered, nothing local is deleted. */
  | { verdict: 'disappeared' }
  /** Hidden (our temporary files, a sync client's bookkeeping): counted as listed, never read. */
  | { verdict: 'hidden' }
  /** One of our own temporary files, stale: removed from the share. */
  | { verdict: 'cleaned' }
  | { verdict: 'own'; fingerprint: Fingerprint | null; opened: boolean }
  | { verdict: 'duplicate'; fingerprint: Fingerprint | null; opened: boolean }
  | { verdict: 'skipped'; reason: string; fingerprint: Fingerprint | null; opened: boolean }
  | { verdict: 'import'; document: Importable; fingerprint: Fingerprint; opened: true }
  /** An `import` verdict once carried out: stored now (the same id, revision and writer came from nowhere else first). */
  | { verdict: 'imported'; fingerprint: Fingerprint; opened: true };

/** Verdicts that leave a mark in the bookkeeping, so the entry is not looked at again (unless it was skipped and changes). */
export const recordedOutcome = (v: Verdict): SeenOutcome | null =>
  v.verdict === 'own' || v.verdict === 'duplicate' || v.verdict === 'skipped' || v.verdict === 'imported' ? (v.verdict as SeenOutcome) : null;

export type NameStep =
  | { step: 'done'; verdict: Verdict }
  /** Hidden: if it is a temporary file of ours (`tempOf`), the runner may clean it up. */
  | { step: 'hidden'; tempOf: Omit<WrittenRef, 'kind'> | null }
  /** Skipped before: look at its fingerprint now. */
  | { step: 'recheck'; seen: SeenEntry; ref: Omit<WrittenRef, 'kind'> }
  | { step: 'lookup'; ref: Omit<WrittenRef, 'kind'> };

const NOTHING = null;

export function byName(name: ShareFileName, seen: SeenEntry | undefined): NameStep {
  if (name.is === 'hidden') return { step: 'hidden', tempOf: name.tempOf };
  if (seen && seen.outcome !== 'skipped') return done({ verdict: 'already-seen' });
  if (name.is === 'conflict' || name.is === 'foreign') {
    return done(seen ? { verdict: 'already-seen' } : { verdict: 'skipped', reason: name.message, fingerprint: NOTHING, opened: false });
  }
  const ref = { documentId: name.documentId, revision: name.revision, writer: name.writer };
  // A skipped document is looked at again only if it changed: a sync client may have finished bringing it in.
  return seen ? { step: 'recheck', seen, ref } : { step: 'lookup', ref };
}

export function byChange(seen: SeenEntry, now: Fingerprint | null): Verdict | null {
  if (!now) return { verdict: 'disappeared' };
  if (now.sizeBytes === seen.sizeBytes && now.mtimeMs === seen.mtimeMs) return { verdict: 'already-seen' };
  return null;
}

/**
 * Whether a named document is this install's own: by the writer in its name
 * when several installs write the kind, else by whether this install wrote a
 * document of that id (only its creator ever does).
 */
export function ownsName(kind: AnyDocumentKind, named: Omit<WrittenRef, 'kind'>, installId: string, wroteHere: (documentId: string) => boolean): boolean {
  return kind.writers === 'many-installs' ? named.writer === installId : wroteHere(named.documentId);
}

/** Whether reading is needed: never for our own documents, or one already imported (from this or another source). */
export function byKnown(known: { own: boolean; imported: boolean }): Verdict | null {
  if (known.own) return { verdict: 'own', fingerprint: NOTHING, opened: false };
  if (known.imported) return { verdict: 'duplicate', fingerprint: NOTHING, opened: false };
  return null;
}

/** What reading an entry gave (electron/services/sync/import/source.ts reads it). */
export type EntryRead =
  | { kind: 'read'; text: string; fingerprint: Fingerprint }
  | { kind: 'too_large'; fingerprint: Fingerprint }
  /** A pipe, a device, a folder behind a link, or a link to nothing: never a document, and never read. */
  | { kind: 'not_a_file'; what: string; fingerprint: Fingerprint }
  | { kind: 'gone' };

export interface ContentCheck {
  kind: AnyDocumentKind;
  /** What the file name says it is. */
  named: Omit<WrittenRef, 'kind'>;
  installId: string;
  maxBytes: number;
  sha256: Sha256Hex;
}

export function byContent(read: EntryRead, check: ContentCheck): Verdict {
  const { kind } = check;
  if (read.kind === 'gone') return { verdict: 'disappeared' };
  const skip = (reason: string, opened: boolean): Verdict => ({ verdict: 'skipped', reason, fingerprint: read.fingerprint, opened });
  if (read.kind === 'not_a_file') return skip(`${read.what}, not a ${kind.noun} export`, false);
  if (read.kind === 'too_large') {
    return skip(`too large to be a ${kind.noun} export (${megabytes(read.fingerprint.sizeBytes)} MB; the limit is ${megabytes(check.maxBytes)} MB)`, false);
  }
  const verified = kind.verify(read.text, check.sha256);
  if (!verified.ok) return skip(verified.message, true);
  const facts = kind.facts(verified.document);
  const writer = kind.writers === 'many-installs' ? facts.installId : '';
  if (facts.documentId !== check.named.documentId || facts.revision !== check.named.revision || writer !== check.named.writer) {
    const whose = writer ? ` by ${writer}` : '';
    return skip(`its content is ${kind.noun} ${facts.documentId} revision ${facts.revision}${whose}, which does not match its file name`, true);
  }
  if (facts.installId === check.installId) return { verdict: 'own', fingerprint: read.fingerprint, opened: true };
  const ref = { kind: kind.kind, documentId: facts.documentId, revision: facts.revision, writer };
  return {
    verdict: 'import',
    document: { ref, document: verified.document, raw: verified.raw, extra: verified.extra, installId: facts.installId, contentHash: facts.contentHash },
    fingerprint: read.fingerprint,
    opened: true,
  };
}

const done = (verdict: Verdict): NameStep => ({ step: 'done', verdict });

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** The report's counts, from the verdicts of a pass. */
export interface Tally {
  read: number;
  imported: number;
  duplicates: number;
  own: number;
  alreadySeen: number;
  disappeared: number;
  cleanedTempFiles: number;
  skipped: number;
}

/** Which count each verdict adds to; `import` is counted once carried out, as `imported` or `duplicate`. */
const COUNTS: Record<Verdict['verdict'], keyof Tally | null> = {
  imported: 'imported',
  duplicate: 'duplicates',
  own: 'own',
  'already-seen': 'alreadySeen',
  disappeared: 'disappeared',
  cleaned: 'cleanedTempFiles',
  skipped: 'skipped',
  hidden: null,
  import: null,
};

export function tally(verdicts: Iterable<Verdict>): Tally {
  const t: Tally = { read: 0, imported: 0, duplicates: 0, own: 0, alreadySeen: 0, disappeared: 0, cleanedTempFiles: 0, skipped: 0 };
  for (const v of verdicts) {
    if ('opened' in v && v.opened) t.read += 1;
    const count = COUNTS[v.verdict];
    if (count) t[count] += 1;
  }
  return t;
}
