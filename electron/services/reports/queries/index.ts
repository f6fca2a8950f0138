import type Database from 'better-sqlite3';
import type { FactsStore } from '../facts/store';
import type { SurveyStore } from '../surveys/store';
import { createElementQueries } from './element-totals';
import { createOptionQueries } from './options';
import { createSatisfactionQueries } from './satisfaction';
import { createScoreQueries } from './score-totals';
import { createScorecardLists } from './scorecard-lists';

/**
 * Every read of the reports, as store functions named for what they return
 * (per agent, per reviewer and agent, per day, per agent and month…), so the
 * coaching workspace can ask the same questions of one agent and one period.
 */
export function createReportQueries(db: Database.Database, facts: FactsStore, surveys: SurveyStore) {
  const version = (id: string) => facts.version(id);
  return {
    scores: createScoreQueries(db),
    elements: createElementQueries(db, (id) => version(id)?.content ?? null),
    lists: createScorecardLists(db),
    options: createOptionQueries(db),
    satisfaction: createSatisfactionQueries(db),
    surveys,
    version,
  };
}
export type ReportQueries = ReturnType<typeof createReportQueries>;
