import type { SignatureCheck } from './signature';

/**
 * Whether a verified document may be imported, by who signed it. Decided as
 * the document is stored (in the import's transaction, one at a time), so
 * two documents of one pass are judged against each other too.
 *
 * - Keys are trusted on first use: the first key seen for an install (in the
 *   share's roster, or on its first signed document) is the one from then on.
 * - A document signed with another key for that install is refused, loudly:
 *   a forger who can write to the share can sign, but not with the
 *   colleague's key. The user compares fingerprints in person and may then
 *   trust the new key (a colleague whose keychain was reset).
 * - A revision of a document is refused when another install created it:
 *   only its creator writes a document (kinds several installs write carry
 *   the writer in the name, so each writer's line is its own).
 * - Unsigned documents are read from installs that do not sign (an older
 *   Callmark), and from an install that signs only when its roster entry
 *   lists them as written before it had a key. Anything else unsigned that
 *   claims a signing install is refused: stripping the signature is the
 *   first thing a forger would try.
 */
export type ImportTrust = 'signed' | 'signed-first-use' | 'unsigned-listed' | 'unsigned';

/** What this install knows, from earlier imports and rosters, about the install a document names. */
export interface TrustFacts {
  /** The key trusted for that install, or null when none is known yet. */
  trustedKey: string | null;
  /** Its name for messages ("Rita Reviewer’s Callmark"), or its install id when no roster named it. */
  who: string;
  /** The document's content hash is in that install's roster list of documents written before it had a key. */
  listedUnsigned: boolean;
  /** The install that wrote the revisions of this document imported so far (null: none yet). */
  creator: string | null;
}

export interface Signed {
  noun: string;
  documentId: string;
  revision: number;
  installId: string;
  signature: SignatureCheck;
}

export type TrustVerdict =
  | { verdict: 'accept'; trust: ImportTrust; /** A key to trust from now on (first use). */ trustKey: string | null }
  | {
      verdict: 'refuse';
      reason: string;
      /** A second key for that install, to show (and let the user trust after comparing fingerprints). */
      otherKey: string | null;
      /** What makes the document worth reading again (see Verdict.retryTag). */
      retryTag: string | null;
    };

export const rosterTag = (installId: string) => `roster:${installId}`;
export const keyTag = (installId: string) => `key:${installId}`;

export function byTrust(doc: Signed, facts: TrustFacts): TrustVerdict {
  const { signature } = doc;
  if (facts.creator !== null && facts.creator !== doc.installId) {
    return {
      verdict: 'refuse',
      reason: `revision ${doc.revision} of ${doc.noun} ${doc.documentId} comes from another Callmark than the one that created it (${facts.creator}): only its creator writes it, so it is not imported`,
      otherKey: null,
      retryTag: null,
    };
  }
  if (signature.signed) {
    if (facts.trustedKey === null) return { verdict: 'accept', trust: 'signed-first-use', trustKey: signature.publicKey };
    if (facts.trustedKey === signature.publicKey) return { verdict: 'accept', trust: 'signed', trustKey: null };
    return {
      verdict: 'refuse',
      reason: `signed with a key that is not the one ${facts.who} uses: it may be forged. Compare the fingerprints under Sync → Installs with ${facts.who} in person before trusting it`,
      otherKey: signature.publicKey,
      retryTag: keyTag(doc.installId),
    };
  }
  if (facts.trustedKey === null) return { verdict: 'accept', trust: 'unsigned', trustKey: null };
  if (facts.listedUnsigned) return { verdict: 'accept', trust: 'unsigned-listed', trustKey: null };
  return {
    verdict: 'refuse',
    reason: `not signed, although ${facts.who} signs what it writes and does not list this as one of its earlier, unsigned ${doc.noun}s: it may be forged`,
    otherKey: null,
    retryTag: rosterTag(doc.installId),
  };
}
