import { newKeyPair, signerOf } from '../../../../electron/services/sync/signing/ed25519';
import { sha256Hex } from '../../../../electron/services/sync/export/sha256';
import { hashedDocumentText } from '../../../../shared/sync/hashed-document';
import { signDocumentText, type SignMessage } from '../../../../shared/sync/signature';

/** A key pair that is nobody's in the share: what a forger signs with. */
export function forgersKey(): { publicKey: string; sign: SignMessage } {
  return signerOf(newKeyPair().privateKey);
}

/**
 * A document as someone with write access to the share would forge it from a
 * real one: changed by `edit`, hashed again (the hash is recomputable by
 * anyone), and signed with `key`, left unsigned (null), or with the real
 * signature kept as it was ('keep').
 */
export function forge(text: string, edit: (doc: Record<string, unknown>) => void, key: { publicKey: string; sign: SignMessage } | null | 'keep', kind = 'scorecard'): string {
  const { contentHash: _, signature, ...doc } = JSON.parse(text) as Record<string, unknown>;
  edit(doc);
  if (key === 'keep') return hashedDocumentText({ ...doc, signature }, sha256Hex).text;
  const hashed = hashedDocumentText(doc, sha256Hex).text;
  return key ? signDocumentText(kind, hashed, key, sha256Hex).text : hashed;
}

/** The same document with one field of an object member changed, e.g. `set('reviewer', 'name', 'Mallory')`. */
export const set =
  (member: string, field: string, value: unknown) =>
  (doc: Record<string, unknown>): void => {
    doc[member] = { ...(doc[member] as Record<string, unknown>), [field]: value };
  };
