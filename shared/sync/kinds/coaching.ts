import { CoachingSessionDocument, SESSION_DOCUMENT_FORMAT, SESSION_DOCUMENT_VERSION } from '../../coaching/document';
import { verifyHashedText } from '../hashed-document';
import type { DocumentKind } from './kind';

/**
 * Completed revisions of one-to-one coaching sessions (issue 8), each a
 * hashed, immutable file (`coaching-sessions/yyyy/mm/<sessionId>.r<n>.json`),
 * written only by the coach's install. A team leader's install reads them
 * read-only. The format is shared/coaching/document.ts.
 */
export const coachingSessionKind: DocumentKind<CoachingSessionDocument, null> = {
  kind: 'coaching-session',
  folder: 'coaching-sessions',
  noun: 'coaching session',
  writers: 'one-install',
  schema: CoachingSessionDocument,
  verify(text, sha256, utf8) {
    const format = { format: SESSION_DOCUMENT_FORMAT, version: SESSION_DOCUMENT_VERSION, schema: CoachingSessionDocument, what: 'a Callmark coaching session' };
    const verified = verifyHashedText(text, format, sha256, utf8);
    if (!verified.ok) return verified;
    return { ok: true, document: verified.document, raw: verified.raw, extra: null, unsignedHash: verified.unsignedHash };
  },
  facts: (d) => ({ documentId: d.sessionId, revision: d.revision, installId: d.origin.installId, contentHash: d.contentHash, placedAt: d.completedAt }),
};
