import type { ApiHandlers } from '../../../shared/api';
import { Reviewer } from '../../../shared/schemas/people';
import type { ServiceContext } from '../context';
import type { Repositories } from '../repositories';

const REVIEWER_KEY = 'reviewer';

export interface AppFacts {
  dataFolder: string;
  databasePath: string;
  recoveredFrom: string | null;
  version: string;
}

/** The local reviewer: one per install, id kept across renames so their scorecards stay theirs. */
export function currentReviewer(repos: Repositories): Reviewer | null {
  return repos.settings.get(REVIEWER_KEY, Reviewer);
}

export function settingsHandlers(ctx: ServiceContext, repos: Repositories, facts: AppFacts): Pick<ApiHandlers, 'app.info' | 'reviewer.setName'> {
  return {
    'app.info': () => ({ reviewer: currentReviewer(repos), ...facts }),
    'reviewer.setName': ({ name }) => {
      const reviewer: Reviewer = { id: currentReviewer(repos)?.id ?? ctx.newId(), name };
      repos.settings.set(REVIEWER_KEY, reviewer);
      return reviewer;
    },
  };
}
