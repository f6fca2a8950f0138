import { BUILTIN_TEMPLATE_ID, BUILTIN_TEMPLATE_VERSION_ID, builtinTemplate } from '../../../shared/templates/builtin';
import { templateContentHash } from './content-hash';
import type { TemplateParts } from './parts';

/**
 * Makes sure the seed scorecard is installed. Its first version has a fixed id
 * so every install names it alike; if a later release changes the built-in
 * content, that becomes a new version and completed scorecards keep theirs.
 * Nobody else publishes it: it is read-only in the builder.
 */
export function ensureBuiltinTemplate({ ctx, repos, library, versions }: TemplateParts): void {
  const hash = templateContentHash(builtinTemplate);
  ctx.db.transaction(() => {
    if (!library.get(BUILTIN_TEMPLATE_ID)) {
      library.insert({ id: BUILTIN_TEMPLATE_ID, name: builtinTemplate.name, createdAt: ctx.now(), source: 'builtin', originInstallId: '', sharedBy: '' });
    }
    const latest = versions.latest(BUILTIN_TEMPLATE_ID);
    const current = latest ? repos.templates.getVersion(latest.id) : null;
    if (current?.contentHash === hash) return;
    versions.insert({
      id: current ? ctx.newId() : BUILTIN_TEMPLATE_VERSION_ID,
      templateId: BUILTIN_TEMPLATE_ID,
      version: (current?.version ?? 0) + 1,
      content: builtinTemplate,
      contentHash: hash,
      createdAt: ctx.now(),
      publishedBy: '',
    });
  })();
}
