import type Database from 'better-sqlite3';
import { createAgentsRepository } from './agents';
import { createAnswersRepository } from './answers';
import { createFeedbackRepository } from './feedback';
import { createInteractionsRepository } from './interactions';
import { createRevisionsRepository } from './revisions';
import { createScorecardsRepository } from './scorecards';
import { createScoresRepository } from './scores';
import { createSettingsRepository } from './settings';
import { createTemplatesRepository } from './templates';

/** One repository per table, all prepared once against the same connection. */
export function createRepositories(db: Database.Database) {
  return {
    settings: createSettingsRepository(db),
    agents: createAgentsRepository(db),
    templates: createTemplatesRepository(db),
    interactions: createInteractionsRepository(db),
    scorecards: createScorecardsRepository(db),
    answers: createAnswersRepository(db),
    feedback: createFeedbackRepository(db),
    revisions: createRevisionsRepository(db),
    scores: createScoresRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
