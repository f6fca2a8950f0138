import type { DocumentKind, Invalid, VerifiedText } from './kind';
import { scorecardKind } from './scorecard';

/** Every kind the server accepts. Add coaching sessions and calibration here (and a migration for their facts). */
export const documentKinds: readonly DocumentKind[] = [scorecardKind as DocumentKind];

export const kindNames = (): string[] => documentKinds.map((k) => k.kind);

/**
 * Finds the kind whose format the text is, and verifies it as that kind: one
 * parse for the common case. A document of no known kind is refused by name.
 */
export function verifyDocument(text: string): { ok: true; kind: DocumentKind; verified: VerifiedText<unknown> } | Invalid {
  let last: Invalid | null = null;
  for (const kind of documentKinds) {
    const result = kind.verify(text);
    if (result.ok) return { ok: true, kind, verified: result };
    if (result.reason !== 'wrong_format') return result;
    last = result;
  }
  return {
    ok: false,
    reason: 'unknown_kind',
    message: `${last?.message ?? 'The document is of no known kind.'} This server accepts: ${documentKinds.map((k) => k.format).join(', ')}.`,
  };
}
