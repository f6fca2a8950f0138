import type { settingsApi } from '../../../shared/api/settings';
import type { Reviewer } from '../../../shared/schemas/people';
import { appVersion } from '../../config/app-version';
import type { ModuleFactory } from '../module';
import { currentReviewer, saveReviewer } from './reviewer';

/** Who this install's reviewer is, and the facts the About box shows. */
export const settingsModule: ModuleFactory<keyof typeof settingsApi> = (ctx, repos) => ({
  handlers: {
    'app.info': () => ({
      reviewer: currentReviewer(repos),
      dataFolder: ctx.dataFolder,
      databasePath: ctx.database.path,
      recoveredFrom: ctx.database.recoveredFrom,
      version: appVersion,
    }),
    'reviewer.setName': ({ name }) => {
      const reviewer: Reviewer = { id: currentReviewer(repos)?.id ?? ctx.newId(), name };
      saveReviewer(repos, reviewer);
      return reviewer;
    },
  },
});
