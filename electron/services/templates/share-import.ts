import type { TemplateDocument } from '../../../shared/templates/document';
import { decideImport } from '../../../shared/templates/import-verdict';
import { templateKind } from '../../../shared/sync/kinds/template';
import type { ImportedEvent } from '../hooks';
import { importFacts, installPublished } from './install-published';
import type { TemplateParts } from './parts';

/**
 * The `project` import hook: a colleague's published template version, read
 * from a share, joins this install's templates read-only, with its ids. It
 * runs in the import batch's transaction. A version that conflicts with what
 * is here is left out and said in the log, never thrown: throwing would undo
 * the whole batch at every pass.
 */
export const templateProjection =
  (parts: TemplateParts) =>
  ({ ref, document }: ImportedEvent): void => {
    if (ref.kind !== templateKind.kind) return;
    const doc = document as TemplateDocument;
    const verdict = decideImport({ ok: true, document: doc, template: doc.template, raw: {} }, importFacts(parts));
    if (verdict.kind === 'install') installPublished(parts, verdict.template, verdict.publication);
    else if (verdict.kind === 'refuse') console.warn(`callmark: a shared template was not added: ${verdict.message}`);
  };
