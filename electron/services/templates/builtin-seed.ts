import { BUILTIN_TEMPLATE_ID, BUILTIN_TEMPLATE_VERSION_ID, builtinTemplate } from '../../../shared/templates/builtin';
import type { ServiceContext } from '../context';
import type { Repositories } from '../repositories';
import { templateContentHash } from './content-hash';

/**
 * Makes sure the seed scorecard is installed. Its first version has a fixed id
 * so every install names it alike; if a later release changes the built-in
 * content, that becomes a new version and completed scorecards keep theirs.
 */
export function ensureBuiltinTemplate(ctx: ServiceContext, repos: Repositories): void {
  const hash = templateContentHash(builtinTemplate);
  ctx.db.transaction(() => {
    if (!repos.templates.hasTemplate(BUILTIN_TEMPLATE_ID)) {
      repos.templates.insertTemplate(BUILTIN_TEMPLATE_ID, builtinTemplate.name, true, ctx.now());
    }
    const latest = repos.templates.list().find((t) => t.templateId === BUILTIN_TEMPLATE_ID);
    const current = latest ? repos.templates.getVersion(latest.latestVersionId) : null;
    if (current?.contentHash === hash) return;
    repos.templates.insertVersion({
      id: current ? ctx.newId() : BUILTIN_TEMPLATE_VERSION_ID,
      templateId: BUILTIN_TEMPLATE_ID,
      version: (current?.version ?? 0) + 1,
      content: builtinTemplate,
      contentHash: hash,
      builtIn: true,
      createdAt: ctx.now(),
    });
  })();
}
