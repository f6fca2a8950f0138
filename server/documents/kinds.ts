import { sha256Hex as sha256 } from '../../electron/services/sync/export/sha256';
import { createVerifier } from '../../electron/services/sync/signing/ed25519';
import { createKindRegistry, DOCUMENT_KINDS, type AnyDocumentKind, type KindRegistry } from '../../shared/sync/kinds';
import { SIGNATURE_DOES_NOT_VERIFY, signatureClaim, unsignedHashOf, type VerifySignature } from '../../shared/sync/signature';
import type { AnyServerRule, Invalid, VerifiedDocument } from './kind';
import { scorecardRule } from './scorecard';

/** What the server adds to some kinds; the others need nothing (see ./kind.ts). */
const RULES: Readonly<Record<string, AnyServerRule>> = { scorecard: scorecardRule };

export interface ServerKinds {
  registry: KindRegistry;
  names(): string[];
  /**
   * Verifies `text` as a document of the named kind, exactly as the folder
   * import checks a file of it: schema, content hash, and its signature when
   * it carries one (whether its key is the one its install always used is
   * for each reader to judge, as a share's reader does).
   */
  verify(kindName: string, text: string): Promise<({ ok: true } & VerifiedDocument) | Invalid>;
}

/**
 * The kinds this server accepts: the shared registry the desktop syncs
 * (DOCUMENT_KINDS), so a kind registered there is accepted here with no code
 * of its own, checked by its own schema and hash rules (`verify`), keyed and
 * placed by its own facts.
 */
export function createServerKinds(kinds: readonly AnyDocumentKind[] = DOCUMENT_KINDS, verifySignature: VerifySignature = createVerifier()): ServerKinds {
  const registry = createKindRegistry(kinds);
  return {
    registry,
    names: () => registry.all.map((k) => k.kind),
    async verify(kindName, text) {
      if (!registry.has(kindName)) {
        return { ok: false, reason: 'unknown_kind', message: `This server does not accept documents of kind "${kindName}". It accepts: ${registry.all.map((k) => k.kind).join(', ')}.` };
      }
      const kind = registry.get(kindName);
      const rule = RULES[kind.kind] ?? {};
      const result = kind.verify(text, sha256);
      if (!result.ok) return { ok: false, reason: reasonOf(result), message: `The ${kind.noun} was not accepted: ${result.message}.` };
      const claim = signatureClaim(kind.kind, result.raw, result.unsignedHash ?? unsignedHashOf(result.raw, sha256));
      if (claim.signed && !(await verifySignature(claim.publicKey, claim.message, claim.value))) {
        return { ok: false, reason: 'signature_invalid', message: `The ${kind.noun} was not accepted: ${SIGNATURE_DOES_NOT_VERIFY}.` };
      }
      const problem = rule.check?.(result.document) ?? null;
      if (problem) return { ok: false, reason: 'wrong_schema', message: `The ${kind.noun} was not accepted: ${problem}.` };
      const facts = kind.facts(result.document);
      return {
        ok: true,
        kind,
        rule,
        document: result.document,
        ref: { kind: kind.kind, documentId: facts.documentId, revision: facts.revision, writer: kind.writers === 'many-installs' ? facts.installId : '' },
        placedAt: facts.placedAt,
        team: rule.team?.(result.document) ?? null,
        authorId: rule.author?.(result.document) ?? null,
      };
    },
  };
}

/**
 * The shared checks name why a document failed (`not_json`, `wrong_schema`,
 * `hash_mismatch`, `template_mismatch`, `newer_format`…) where they know it;
 * a kind whose check gives only a sentence is refused as `invalid_document`.
 */
function reasonOf(failure: { message: string }): string {
  const reason = (failure as { reason?: unknown }).reason;
  return typeof reason === 'string' ? reason : 'invalid_document';
}
