import { z } from 'zod';
import { IsoDateTime } from '../schemas/common';
import { verifyHashedText, type HashedFormat } from './hashed-document';
import { LowerCaseUuid, Sha256Text } from './ids';
import type { DocumentKind } from './kinds/kind';
import { DocumentSignature, PublicKeyText } from './signature';

/**
 * The roster of a share: one small signed file per install that writes to
 * it, with its public key, in `callmark-installs/<yyyy>/<mm>/<installId>.r<n>.json`
 * (n counts the install's keys: a second key is revision 2). Each install
 * writes only its own name, once, like every other file of a share, so the
 * roster needs no lock and no merge. Readers trust the first key they see
 * for an install (its roster entry is read before its documents) and show
 * its fingerprint, to be compared in person.
 *
 * The entry also lists, by content hash, the documents the install froze
 * before it had a key (written by an older Callmark): those, and only those,
 * are accepted unsigned from an install that signs (./trust.ts).
 */
export const ROSTER_FORMAT = 'callmark.install';

/** Years of scorecards from before signatures fit: 500 000 content hashes are some 34 MB of entry. */
const MAX_UNSIGNED_LISTED = 500_000;

export const RosterEntry = z.object({
  format: z.literal(ROSTER_FORMAT),
  formatVersion: z.literal(1).meta({ type: 'integer' }),
  installId: LowerCaseUuid,
  /** Which of the install's keys: 1, then 2 if it ever had to make a new one. */
  keyNumber: z.number().int().min(1),
  publicKey: PublicKeyText,
  /** The reviewer's name when the entry was written: for the roster list; a document names its own reviewer. */
  reviewerName: z.string().max(200),
  keyCreatedAt: IsoDateTime,
  unsignedDocuments: z.array(Sha256Text).max(MAX_UNSIGNED_LISTED),
  contentHash: Sha256Text,
  signature: DocumentSignature,
});
export type RosterEntry = z.infer<typeof RosterEntry>;

const format: HashedFormat<typeof RosterEntry> = { format: ROSTER_FORMAT, version: 1, schema: RosterEntry, what: 'a Callmark roster entry' };

/**
 * A roster entry is read through the same import pipeline as documents (so
 * it is contained, counted and copied the same way), as a kind of its own
 * that no outbox sends: the folder target writes it before the first
 * document of a share.
 */
export const rosterKind: DocumentKind<RosterEntry, null> = {
  kind: 'install-key',
  folder: 'callmark-installs',
  noun: 'roster entry',
  writers: 'one-install',
  schema: RosterEntry,
  maxBytes: 40 * 1024 * 1024,
  verify(text, sha256, utf8) {
    const verified = verifyHashedText(text, format, sha256, utf8);
    if (!verified.ok) return verified;
    // Self-signed: the key it carries is the key that signed it (checked by the import, as every signature is).
    if (verified.document.signature.publicKey !== verified.document.publicKey) return { ok: false, message: 'it is signed with another key than the one it holds' };
    return { ok: true, document: verified.document, raw: verified.raw, extra: null, unsignedHash: verified.unsignedHash };
  },
  facts: (entry) => ({ documentId: entry.installId, revision: entry.keyNumber, installId: entry.installId, contentHash: entry.contentHash, placedAt: entry.keyCreatedAt }),
};
