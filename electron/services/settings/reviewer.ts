import { Reviewer } from '../../../shared/schemas/people';
import type { Repositories } from '../repositories';

const REVIEWER_KEY = 'reviewer';

/** The local reviewer: one per install, id kept across renames so their scorecards stay theirs. */
export function currentReviewer(repos: Repositories): Reviewer | null {
  return repos.settings.get(REVIEWER_KEY, Reviewer);
}

export function saveReviewer(repos: Repositories, reviewer: Reviewer): void {
  repos.settings.set(REVIEWER_KEY, reviewer);
}
