import type { ShareFileName } from './file-names';
import type { AnyDocumentKind, Sha256Hex, WrittenRef } from './kinds/kind';
import { SIGNATURE_DOES_NOT_VERIFY, signatureClaim, unsignedHashOf, type SignatureCheck, type SignatureClaim } from './signature';

/**
 * An import pass, decided here and carried out by a runner
 * (electron/services/sync/import/run.ts). Each listed entry goes through a
 * few pure steps, each given only the facts it needs, and ends in one
 * verdict; the runner gathers the next fact (a lookup, a stat, a read) only
 * when a step asks for it, and every count of the report is a count of
 * verdicts (./tally.ts), so every entry is in exactly one count.
 *
 *   byName(name, place, what was seen before) ─► verdict | recheck | lookup | copy | hidden
 *   byChange(seen before, fingerprint now)    ─► verdict | judge again | compare content
 *   byKnown(own?, imported already?)          ─► verdict | read
 *   byContent(what reading gave)              ─► verdict (the signature's claim read)
 *   bySignature(claim checked)                ─► verdict
 *   byOriginal / asCopy (./copy-verdicts.ts)  ─► a conflict copy, by what became of its original
 *   byTrust (./trust.ts)                      ─► whether the signer may write it, as it is stored
 */

/** Size and modification time: how a skipped entry is known to have changed. */
export interface Fingerprint {
  sizeBytes: number;
  mtimeMs: number;
}

/** What a listing says an entry is, before anything is opened. Links are listed as links: never followed. */
export type EntryShape = 'file' | 'link' | 'folder' | 'other';

export type SeenOutcome = 'imported' | 'duplicate' | 'own' | 'skipped';

/** What the bookkeeping says about an entry looked at in an earlier pass. */
export interface SeenEntry {
  outcome: SeenOutcome;
  sizeBytes: number | null;
  mtimeMs: number | null;
  /** A skipped file that was read: the SHA-256 of what was read, so a rewrite that keeps size and time is still noticed. */
  contentSha256: string | null;
  /** Why it was skipped ('' otherwise). */
  reason: string;
}

/** A document that passed every check of its content: the runner checks the signer's standing (./trust.ts) and stores it. */
export interface Importable<Signature = SignatureCheck> {
  ref: WrittenRef;
  document: unknown;
  /** What an install keeps of it (DocumentKind.stored), as JSON: worked out with the checks, wherever they run. */
  body: string;
  extra: unknown;
  installId: string;
  contentHash: string;
  /** What its signature claims (from byContent), then whether it holds (from bySignature). */
  signature: Signature;
  /**
   * The file as read (its bytes when they are its text's UTF-8, so the same SHA-256, else its text): its SHA-256 is
   * kept if the document is refused as it is stored.
   */
  asRead: string | Uint8Array;
}

export type Verdict =
  /** `opened`: read to be compared with what was read before, and found the same. */
  | { verdict: 'already-seen'; opened?: true }
  /** Listed, then gone before it could be read: nothing is remembered, nothing local is deleted. */
  | { verdict: 'disappeared' }
  /** Hidden (a sync client's bookkeeping, .DS_Store, someone's temporary file): counted as ignored, never read. */
  | { verdict: 'hidden' }
  /** One of our own temporary files, stale: removed from the share. */
  | { verdict: 'cleaned' }
  | { verdict: 'own'; fingerprint: Fingerprint | null; opened: boolean }
  | { verdict: 'duplicate'; fingerprint: Fingerprint | null; opened: boolean }
  | {
      verdict: 'skipped';
      reason: string;
      fingerprint: Fingerprint | null;
      opened: boolean;
      /** Of what was read, when it was: see SeenEntry. */
      contentSha256?: string | null;
      /** What, happening, makes it worth reading again though it did not change (`roster:<install>`: its roster entry arrived). */
      retryTag?: string | null;
    }
  | { verdict: 'import'; document: Importable; fingerprint: Fingerprint; opened: true }
  /** Passed every check but its signature, which is checked next (bySignature). */
  | { verdict: 'check-signature'; document: Importable<Extract<SignatureClaim, { signed: true }>>; fingerprint: Fingerprint; opened: true }
  /** An `import` verdict once carried out: stored now (the same id, revision and writer came from nowhere else first). */
  | { verdict: 'imported'; fingerprint: Fingerprint; opened: true };

/** Verdicts that leave a mark in the bookkeeping, so the entry is not looked at again (unless it was skipped and changes). */
export const recordedOutcome = (v: Verdict): SeenOutcome | null =>
  v.verdict === 'own' || v.verdict === 'duplicate' || v.verdict === 'skipped' || v.verdict === 'imported' ? (v.verdict as SeenOutcome) : null;

/** What a listing says about one entry, besides its name: whether it sits where a document belongs, and what it is. */
export interface Listed {
  name: ShareFileName;
  /** `layout`: in a `<yyyy>/<mm>/` folder of its kind. `outside`: anywhere else in the kind's folder. */
  place: 'layout' | 'outside';
  shape: EntryShape;
}

/** Why a link is skipped, wherever it is: links in a share are never followed. */
export const LINK_NOT_FOLLOWED = 'a symbolic link (Callmark follows no links in a share, so nothing outside it is ever read)';

export type NameStep =
  | { step: 'done'; verdict: Verdict }
  /** Hidden: if it is a temporary file of ours (`tempOf`), the runner may clean it up. */
  | { step: 'hidden'; tempOf: Omit<WrittenRef, 'kind'> | null }
  /** Skipped before: look at it now (./byChange). */
  | { step: 'recheck'; seen: SeenEntry; ref: Omit<WrittenRef, 'kind'> }
  | { step: 'lookup'; ref: Omit<WrittenRef, 'kind'> }
  /** A copy of another name: decided once every original of the pass is settled (./copy-verdicts.ts). */
  | { step: 'copy'; of: string; ref: Omit<WrittenRef, 'kind'>; copy: string };

const NOTHING = null;

export function byName(kind: AnyDocumentKind, listed: Listed, seen: SeenEntry | undefined): NameStep {
  const { name } = listed;
  if (name.is === 'hidden') return { step: 'hidden', tempOf: listed.place === 'layout' ? name.tempOf : null };
  if (seen && seen.outcome !== 'skipped') return done({ verdict: 'already-seen' });
  if (listed.place === 'outside') {
    // A name cannot move: one listed outside the layout once is passed over after.
    const why = listed.shape === 'link' ? LINK_NOT_FOLLOWED : `not in a <year>/<month> folder, where ${kind.noun} files belong (${kind.folder}/<yyyy>/<mm>/): not read`;
    return done(seen ? { verdict: 'already-seen' } : skipped(why));
  }
  if (name.is === 'foreign') return done(seen ? { verdict: 'already-seen' } : skipped(name.message));
  if (name.is === 'conflict') return { step: 'copy', of: name.of, ref: name.ref, copy: name.copy };
  const ref = { documentId: name.documentId, revision: name.revision, writer: name.writer };
  // A skipped document is looked at again only if it changed: a sync client may have finished bringing it in.
  return seen ? { step: 'recheck', seen, ref } : { step: 'lookup', ref };
}

/**
 * Whether a skipped entry changed: by size and time first; a file that was
 * read is also compared by content (`compare`: the runner reads it and asks
 * byContentChange), since a sync client can rewrite a file in place with the
 * same size and time. `judge`: look at it as if new.
 */
export function byChange(seen: SeenEntry, now: Fingerprint | null): { step: 'done'; verdict: Verdict } | { step: 'judge' } | { step: 'compare' } {
  if (!now) return done({ verdict: 'disappeared' });
  if (now.sizeBytes !== seen.sizeBytes || now.mtimeMs !== seen.mtimeMs) return { step: 'judge' };
  return seen.contentSha256 ? { step: 'compare' } : done({ verdict: 'already-seen' });
}

export const byContentChange = (seen: SeenEntry, contentSha256: string): Verdict | null =>
  seen.contentSha256 === contentSha256 ? { verdict: 'already-seen', opened: true } : null;

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
  /** `utf8`: the bytes read, when they are valid UTF-8 (./cut-members.ts). */
  | { kind: 'read'; text: string; fingerprint: Fingerprint; utf8?: Uint8Array }
  | { kind: 'too_large'; fingerprint: Fingerprint }
  /** A pipe, a device, a link (never followed), a folder: never a document, and never read. */
  | { kind: 'not_a_file'; what: string; fingerprint: Fingerprint }
  | { kind: 'gone' };

export interface ContentCheck {
  kind: AnyDocumentKind;
  /** What the file name says it is (for a copy: the name it copies). */
  named: Omit<WrittenRef, 'kind'>;
  installId: string;
  maxBytes: number;
  sha256: Sha256Hex;
}

export function byContent(read: EntryRead, check: ContentCheck): Verdict {
  const { kind } = check;
  if (read.kind === 'gone') return { verdict: 'disappeared' };
  if (read.kind === 'not_a_file') return { ...skipped(`${read.what}, not a ${kind.noun} export`), fingerprint: read.fingerprint };
  if (read.kind === 'too_large') {
    const reason = `too large to be a ${kind.noun} export (${megabytes(read.fingerprint.sizeBytes)} MB; the limit is ${megabytes(check.maxBytes)} MB)`;
    return { ...skipped(reason), fingerprint: read.fingerprint };
  }
  const skipRead = (reason: string): Verdict => ({ verdict: 'skipped', reason, fingerprint: read.fingerprint, opened: true, contentSha256: check.sha256(read.utf8 ?? read.text) });
  const verified = kind.verify(read.text, check.sha256, read.utf8);
  if (!verified.ok) return skipRead(verified.message);
  const facts = kind.facts(verified.document);
  const writer = kind.writers === 'many-installs' ? facts.installId : '';
  if (facts.documentId !== check.named.documentId || facts.revision !== check.named.revision || writer !== check.named.writer) {
    const whose = writer ? ` by ${writer}` : '';
    return skipRead(`its content is ${kind.noun} ${facts.documentId} revision ${facts.revision}${whose}, which does not match its file name`);
  }
  if (facts.installId === check.installId) return { verdict: 'own', fingerprint: read.fingerprint, opened: true };
  // An unsigned document claims nothing to check: what a signature would cover is not worked out for it.
  const signature: SignatureClaim =
    verified.raw.signature === undefined ? { signed: false } : signatureClaim(kind.kind, verified.raw, verified.unsignedHash ?? unsignedHashOf(verified.raw, check.sha256));
  const ref = { kind: kind.kind, documentId: facts.documentId, revision: facts.revision, writer };
  const body = JSON.stringify(kind.stored ? kind.stored(verified.raw) : verified.raw);
  const document = { ref, document: verified.document, body, extra: verified.extra, installId: facts.installId, contentHash: facts.contentHash, asRead: read.utf8 ?? read.text };
  if (!signature.signed) return { verdict: 'import', document: { ...document, signature }, fingerprint: read.fingerprint, opened: true };
  return { verdict: 'check-signature', document: { ...document, signature }, fingerprint: read.fingerprint, opened: true };
}

/** A document whose signature was checked: imported (its signer is judged as it is stored), or skipped when the signature does not hold. */
export function bySignature(verdict: Verdict & { verdict: 'check-signature' }, valid: boolean, sha256: Sha256Hex): Verdict {
  const { document, fingerprint } = verdict;
  if (!valid) {
    return { verdict: 'skipped', reason: SIGNATURE_DOES_NOT_VERIFY, fingerprint, opened: true, contentSha256: sha256(document.asRead) };
  }
  return { verdict: 'import', document: { ...document, signature: { signed: true, publicKey: document.signature.publicKey, valid } }, fingerprint, opened: true };
}

const done = (verdict: Verdict) => ({ step: 'done' as const, verdict });

/** Skipped without being opened: by its name, its place or what it is. */
const skipped = (reason: string): Verdict & { verdict: 'skipped' } => ({ verdict: 'skipped', reason, fingerprint: NOTHING, opened: false });

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
