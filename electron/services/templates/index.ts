import { ApiError } from '../../../shared/api';
import type { templatesApi } from '../../../shared/api/templates';
import type { ModuleFactory } from '../module';
import { ensureBuiltinTemplate } from './builtin-seed';

/** Scorecard templates; the built-in one is installed (or updated to a new version) when the service starts. */
export const templatesModule: ModuleFactory<keyof typeof templatesApi> = (ctx, repos) => {
  ensureBuiltinTemplate(ctx, repos);
  return {
    handlers: {
      'templates.list': () => repos.templates.list(),
      'templates.getVersion': ({ id }) => {
        const version = repos.templates.getVersion(id);
        if (!version) throw new ApiError('not_found', 'That template version does not exist.');
        return version;
      },
    },
  };
};
