import { templateKind } from '../../../shared/sync/kinds/template';
import type { DocumentBuilderFactory } from '../sync/kinds/builder';
import { createTemplateParts } from './parts';
import { publishedDocument } from './published-document';

/** How this install builds the shared document of a version it published (the sync `freeze` phase, inside publishing). */
export const templateBuilder: DocumentBuilderFactory = ({ ctx, repos }) => {
  const parts = createTemplateParts(ctx, repos);
  return {
    kind: templateKind.kind,
    build(ref) {
      const versionId = parts.versions.idOf(ref.documentId, ref.revision);
      if (!versionId) throw new Error(`template ${ref.documentId} has no version ${ref.revision}`);
      const { document, text } = publishedDocument(parts, versionId);
      return { document, body: text };
    },
  };
};
