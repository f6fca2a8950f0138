import type { ApiHandlers } from '../../../shared/api';
import { parseTemplateDocument } from '../../../shared/templates/document';
import { decideImport } from '../../../shared/templates/import-verdict';
import { sha256Hex } from '../sync/export/sha256';
import { importFacts, installPublished } from './install-published';
import type { TemplateParts } from './parts';

/** A template file from anywhere: decided first (shared/templates/import-verdict.ts), then written in one transaction. */
export function importHandlers(parts: TemplateParts): Pick<ApiHandlers, 'templates.import'> {
  const { ctx, library, drafts } = parts;
  return {
    'templates.import': ({ text }) =>
      ctx.db.transaction(() => {
        const verdict = decideImport(parseTemplateDocument(text, sha256Hex), importFacts(parts));
        switch (verdict.kind) {
          case 'refuse':
            return { outcome: 'refused' as const, reason: verdict.reason, message: verdict.message, errors: verdict.errors };
          case 'already':
            return { outcome: 'already' as const, templateId: verdict.templateId, version: verdict.version };
          case 'install':
            installPublished(parts, verdict.template, verdict.publication);
            return { outcome: 'installed' as const, templateId: verdict.publication.templateId, version: verdict.publication.version };
          case 'draft': {
            const templateId = ctx.newId();
            const at = ctx.now();
            library.insert({ id: templateId, name: verdict.template.name, createdAt: at, source: 'local', originInstallId: parts.installId(), sharedBy: '' });
            drafts.insert(templateId, null, verdict.template, at);
            return { outcome: 'draft' as const, templateId };
          }
        }
      })(),
  };
}
