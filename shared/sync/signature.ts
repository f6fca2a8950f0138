import { z } from 'zod';
import type { Sha256Hex } from '../export/build';
import { canonicalJson } from '../util/canonical-json';

/**
 * Signed documents. Each install has an Ed25519 key pair; every document it
 * freezes carries a `signature` member:
 *
 *   signature = { algorithm: "ed25519", publicKey, value }
 *   value     = Ed25519(private key, "callmark-signature:v1\n<kind>\n<h>")
 *   h         = SHA-256 of the canonical JSON of the document without
 *               `contentHash` and without `signature`: its content hash as
 *               built, before it was signed
 *
 * and `contentHash` then covers everything else, the signature included, so a
 * reader that predates signatures still checks the whole file and ignores the
 * field it does not know. A kind whose content hash other documents refer to
 * keeps it (`contentHash` = h; DocumentKind.keepsContentHash); readers accept
 * both (./hashed-document.ts). The kind is in the signed message, so a
 * signature cannot be carried over to a document of another kind. What a
 * signature proves, and what it does not, is in docs/sync.md.
 *
 * Pure: the key operations (node:crypto) are injected, as SHA-256 is.
 */
export const SIGNATURE_ALGORITHM = 'ed25519';

/** An Ed25519 public key: its 32 bytes in base64url (43 characters), as a JWK's `x` has it. */
export const PublicKeyText = z.string().regex(/^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/, { message: 'must be an Ed25519 public key (base64url, 43 characters)' });

export const DocumentSignature = z
  .object({
    algorithm: z.literal(SIGNATURE_ALGORITHM),
    publicKey: PublicKeyText.describe('The signing install’s Ed25519 public key, base64url.'),
    value: z
      .string()
      .regex(/^[A-Za-z0-9_-]{85}[AQgw]$/, { message: 'must be an Ed25519 signature (base64url, 86 characters)' })
      .describe('Ed25519 signature, base64url, of "callmark-signature:v1\\n<kind>\\n<h>", h being the SHA-256 of the canonical JSON of the document without `contentHash` and `signature`.'),
  })
  .describe('Who wrote this document, provably: see docs/sync.md "Signatures".');
export type DocumentSignature = z.infer<typeof DocumentSignature>;

/** Why a document whose signature does not hold is refused, by a share's reader and by a team server alike. */
export const SIGNATURE_DOES_NOT_VERIFY = 'its signature does not verify: it was changed after it was signed, or it was not signed by the install it names';

/** The message an install signs for one document. */
export const signedMessage = (kind: string, unsignedHash: string): string => `callmark-signature:v1\n${kind}\n${unsignedHash}`;

/** Signs a message with this install's private key: base64url. */
export type SignMessage = (message: string) => string;
/**
 * Whether `value` (base64url) is a valid signature of `message` by
 * `publicKey` (base64url). Never rejects. Asynchronous: verifying is the
 * costliest step of reading a document, and runs off the main thread.
 */
export type VerifySignature = (publicKey: string, message: string, value: string) => Promise<boolean>;

/**
 * Signs a document as built (canonical JSON with its `contentHash`): its hash
 * is exactly `h` above, so nothing is serialised twice before signing.
 * `keepContentHash`: see DocumentKind.keepsContentHash.
 */
export function signDocumentText(
  kind: string,
  body: string,
  key: { publicKey: string; sign: SignMessage },
  sha256: Sha256Hex,
  keepContentHash = false,
): { text: string; contentHash: string } {
  const { contentHash, signature: _, ...rest } = JSON.parse(body) as Record<string, unknown>;
  if (typeof contentHash !== 'string') throw new Error('a document is signed once it is built, with its content hash');
  const signature: DocumentSignature = { algorithm: SIGNATURE_ALGORITHM, publicKey: key.publicKey, value: key.sign(signedMessage(kind, contentHash)) };
  const signed = { ...rest, signature };
  const hash = keepContentHash ? contentHash : sha256(canonicalJson(signed));
  return { text: canonicalJson({ ...signed, contentHash: hash }), contentHash: hash };
}

/** What a document's signature claims, before it is checked: what to verify. */
export type SignatureClaim = { signed: false } | { signed: true; publicKey: string; message: string; value: string };

/** What a document's signature says, checked; the trust in its key is decided apart (./trust.ts). */
export type SignatureCheck = { signed: false } | { signed: true; publicKey: string; valid: boolean };

/**
 * What a verified document's signature claims: the key and the message to
 * check it against. `unsignedHash` is `h` above, which verifying the content
 * hash works out (./hashed-document.ts). A malformed signature claims an
 * empty key, which never verifies.
 */
export function signatureClaim(kind: string, raw: Record<string, unknown>, unsignedHash: string): SignatureClaim {
  if (raw.signature === undefined) return { signed: false };
  const parsed = DocumentSignature.safeParse(raw.signature);
  if (!parsed.success) return { signed: true, publicKey: '', message: '', value: '' };
  return { signed: true, publicKey: parsed.data.publicKey, message: signedMessage(kind, unsignedHash), value: parsed.data.value };
}

/** `h` for a document whose kind's own verification did not work it out: serialised again. */
export const unsignedHashOf = (raw: Record<string, unknown>, sha256: Sha256Hex): string => sha256(canonicalJson({ ...raw, contentHash: undefined, signature: undefined }));

/**
 * A short fingerprint of a public key, to compare in person ("does your
 * Callmark show 7F3A-…?"): 80 bits of its SHA-256, in five groups of four.
 */
export function keyFingerprint(publicKey: string, sha256: Sha256Hex): string {
  return (sha256(`callmark-key:${publicKey}`).slice(0, 20).toUpperCase().match(/.{4}/g) ?? []).join('-');
}
