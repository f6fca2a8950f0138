import { ApiError, type ApiHandlers } from '../../../shared/api';
import type { Repositories } from '../repositories';

export function templatesHandlers(repos: Repositories): Pick<ApiHandlers, 'templates.list' | 'templates.getVersion'> {
  return {
    'templates.list': () => repos.templates.list(),
    'templates.getVersion': ({ id }) => {
      const version = repos.templates.getVersion(id);
      if (!version) throw new ApiError('not_found', 'That template version does not exist.');
      return version;
    },
  };
}
