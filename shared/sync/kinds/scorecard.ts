import { ScorecardExport, verifyExportText } from '../../export';
import type { DocumentKind } from './kind';

/**
 * Completed scorecard revisions: the first kind, in the layout 0.1.0 wrote
 * (`scorecards/yyyy/mm/<scorecardId>.r<revision>.json`). Only the install
 * that created a scorecard writes it. The format is shared/export/.
 */
export const scorecardKind: DocumentKind<ScorecardExport, string> = {
  kind: 'scorecard',
  folder: 'scorecards',
  noun: 'scorecard',
  writers: 'one-install',
  schema: ScorecardExport,
  verify(text, sha256, utf8) {
    const verified = verifyExportText(text, sha256, utf8);
    if (!verified.ok) return verified;
    return { ok: true, document: verified.document, raw: verified.raw, extra: verified.templateContentText, unsignedHash: verified.unsignedHash };
  },
  facts: (doc) => ({ documentId: doc.scorecardId, revision: doc.revision, installId: doc.origin.installId, contentHash: doc.contentHash, placedAt: doc.completedAt }),
  // The template is three quarters of a document: it is kept once per version (imported_templates), not in every copy.
  stored(raw) {
    const { content: _, ...template } = raw.template as Record<string, unknown>;
    return { ...raw, template };
  },
  // The published server contract (issue 4) predates kinds.
  serverKey: (ref) => `${ref.documentId}:r${ref.revision}`,
};
