import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../electron/services/sync/export/sha256';
import { textOf } from '../../../electron/services/sync/folder/read-capped';
import { createVerifier, newKeyPair, signerOf } from '../../../electron/services/sync/signing/ed25519';
import { hashedDocumentText, verifyHashedText } from '../../../shared/sync/hashed-document';
import { bySignature, type Verdict } from '../../../shared/sync/import-verdicts';
import { keyFingerprint, signatureClaim, signDocumentText } from '../../../shared/sync/signature';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { TestNote } from './support/test-note-kind';

/** The signature's two forms (shared/sync/signature.ts), checked as any reader would check them. */
const format = { format: 'callmark.test-note', version: 1, schema: TestNote, what: 'a Callmark test note' };
const built = hashedDocumentText(
  {
    format: 'callmark.test-note',
    formatVersion: 1,
    noteId: '0b0f4c5e-8a1d-4e4b-9c1a-3f2e1d0c9b8a',
    revision: 1,
    writtenAt: '2026-11-20T10:00:00.000Z',
    text: 'agenda',
    origin: { installId: '7e57e57e-1234-4abc-8def-0123456789ab' },
  },
  sha256Hex,
);
const key = signerOf(newKeyPair().privateKey);
/** A reader from before signatures: the hash over everything but the hash. */
const olderReaderAccepts = (text: string) => {
  const { contentHash, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return sha256Hex(canonicalJson(rest)) === contentHash;
};

describe('a signed document', () => {
  it('is read whether its content hash covers the signature or was kept as built, and its signature covers the content as built either way', async () => {
    const verify = createVerifier();
    for (const keep of [false, true]) {
      const signed = signDocumentText('test-note', built.text, key, sha256Hex, keep);
      expect(signed.contentHash === built.contentHash, `keep ${keep}`).toBe(keep);
      // Covering the signature keeps readers from before signatures working; keeping the hash keeps references to it true.
      expect(olderReaderAccepts(signed.text), `keep ${keep}`).toBe(!keep);
      const verified = verifyHashedText(signed.text, format, sha256Hex);
      expect(verified).toMatchObject({ ok: true, unsignedHash: built.contentHash });
      if (!verified.ok) continue;
      // Non-canonical whitespace takes the slow path to the same answer.
      expect(verifyHashedText(JSON.stringify(JSON.parse(signed.text), null, 2), format, sha256Hex)).toMatchObject({ ok: true, unsignedHash: built.contentHash });
      const claim = signatureClaim('test-note', verified.raw, verified.unsignedHash);
      expect(claim).toMatchObject({ signed: true, publicKey: key.publicKey });
      if (!claim.signed) continue;
      expect(await verify(claim.publicKey, claim.message, claim.value)).toBe(true);
      // The same signature does not hold for another kind, or for another key.
      expect(await verify(claim.publicKey, claim.message.replace('test-note', 'scorecard'), claim.value)).toBe(false);
      expect(await verify(signerOf(newKeyPair().privateKey).publicKey, claim.message, claim.value)).toBe(false);
    }
  });

  it('is judged the same from its bytes as from its text, in either form, canonical or not, intact or changed', () => {
    for (const note of ['agenda', 'agenda — Zoë 🎧']) {
      const { contentHash: _, ...withoutHash } = JSON.parse(built.text) as Record<string, unknown>;
      const text = hashedDocumentText({ ...withoutHash, text: note }, sha256Hex).text;
      for (const keep of [false, true]) {
        const signed = signDocumentText('test-note', text, key, sha256Hex, keep).text;
        const variants = [signed, JSON.stringify(JSON.parse(signed), null, 2), signed.replace('"revision":1', '"revision":2'), `\uFEFF${signed}`];
        for (const variant of variants) {
          const read = textOf({ kind: 'read', bytes: Buffer.from(variant), fingerprint: { sizeBytes: 0, mtimeMs: 0 } });
          expect(read.utf8, variant).toBeDefined();
          expect(verifyHashedText(read.text, format, sha256Hex, read.utf8), variant).toEqual(verifyHashedText(variant, format, sha256Hex));
        }
        expect(verifyHashedText(signed, format, sha256Hex, Buffer.from(signed))).toMatchObject({ ok: true, unsignedHash: (JSON.parse(text) as { contentHash: string }).contentHash });
      }
    }
  });

  it('with its content changed and its hash taken again is caught by its signature, not by its hash', async () => {
    const signed = JSON.parse(signDocumentText('test-note', built.text, key, sha256Hex).text) as Record<string, unknown>;
    const { contentHash: _, ...rest } = signed;
    const forged = hashedDocumentText({ ...rest, text: 'changed' }, sha256Hex).text;
    const verified = verifyHashedText(forged, format, sha256Hex);
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    const claim = signatureClaim('test-note', verified.raw, verified.unsignedHash);
    expect(claim.signed && (await createVerifier()(claim.publicKey, claim.message, claim.value))).toBe(false);
  });

  it('is imported once its signature holds, and skipped with the reason (and what was read) when it does not', () => {
    const fp = { sizeBytes: 10, mtimeMs: 1 };
    const check: Verdict & { verdict: 'check-signature' } = {
      verdict: 'check-signature',
      fingerprint: fp,
      opened: true,
      document: {
        ref: { kind: 'test-note', documentId: 'x', revision: 1, writer: 'y' },
        document: {},
        body: '{}',
        extra: null,
        installId: 'y',
        contentHash: built.contentHash,
        asRead: built.text,
        signature: { signed: true, publicKey: key.publicKey, message: 'm', value: 'v' },
      },
    };
    expect(bySignature(check, true, sha256Hex)).toMatchObject({ verdict: 'import', document: { signature: { signed: true, publicKey: key.publicKey, valid: true } } });
    expect(bySignature(check, false, sha256Hex)).toEqual({
      verdict: 'skipped',
      reason: 'its signature does not verify: it was changed after it was signed, or it was not signed by the install it names',
      fingerprint: fp,
      opened: true,
      contentSha256: sha256Hex(built.text),
    });
  });

  it('has a fingerprint short enough to read out, the same for the same key', () => {
    expect(keyFingerprint(key.publicKey, sha256Hex)).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
    expect(keyFingerprint(key.publicKey, sha256Hex)).toBe(keyFingerprint(key.publicKey, sha256Hex));
    expect(keyFingerprint(signerOf(newKeyPair().privateKey).publicKey, sha256Hex)).not.toBe(keyFingerprint(key.publicKey, sha256Hex));
  });
});
