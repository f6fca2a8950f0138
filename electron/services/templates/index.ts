import type { templatesApi } from '../../../shared/api/templates';
import type { ModuleFactory } from '../module';
import { ensureBuiltinTemplate } from './builtin-seed';
import { draftHandlers } from './draft-handlers';
import { importHandlers } from './import-handlers';
import { libraryHandlers } from './library-handlers';
import { createTemplateParts } from './parts';
import { publishHandlers } from './publish-handlers';
import { templateProjection } from './share-import';
import { versionHandlers } from './version-handlers';

/**
 * Scorecard templates (issue 9): the built-in one (installed, or updated to a
 * new version, when the service starts), templates people build as drafts
 * and publish as immutable versions with an element map, the what-if, files
 * in and out, archiving, and colleagues' published templates from a share.
 * See docs/templates.md.
 */
export const templatesModule: ModuleFactory<keyof typeof templatesApi> = (ctx, repos) => {
  const parts = createTemplateParts(ctx, repos);
  ensureBuiltinTemplate(parts);
  return {
    handlers: { ...libraryHandlers(parts), ...draftHandlers(parts), ...versionHandlers(parts), ...publishHandlers(parts), ...importHandlers(parts) },
    hooks: { imported: { project: templateProjection(parts) } },
  };
};
