import { z } from 'zod';
import type { reportsApi } from '../../../shared/api/reports';
import { ReportSettings } from '../../../shared/api/reports';
import type { surveysApi } from '../../../shared/api/surveys';
import { isTimeZone } from '../../../shared/reports/local-day';
import { scorecardKind } from '../../../shared/sync/kinds';
import { createIdentityStore } from '../agents/identity-store';
import { createAgentIdentityStore } from '../agents/store';
import type { ModuleFactory } from '../module';
import { createVersionsStore } from '../templates/store/versions';
import { checkScoresAndFacts } from './check';
import { createImportedReads } from './facts/imported-reads';
import { createLocalReads } from './facts/local-reads';
import { backfillStoredScores, rebuildFacts, type RebuildDeps } from './facts/rebuild';
import { countingOfLocal } from './facts/sources';
import { createFactsStore } from './facts/store';
import { createFactsWriter } from './facts/writer';
import { reportHandlers } from './handlers';
import { countImported } from './import-hook';
import { createReportQueries } from './queries';
import { surveyHandlers } from './surveys/import';
import { createSurveyStore } from './surveys/store';

export interface ReportsOptions {
  /** The IANA time zone local days are counted in (default: this machine's). Tests pin one. */
  timeZone?: string;
}

const SETTINGS_KEY = 'reports.settings';
/** The time zone the facts count local days in (coaching reads its days the same way). */
export const FACTS_TIME_ZONE_KEY = 'reports.factsBuiltFor';
const DEFAULTS: ReportSettings = { monthlyTarget: 4, draftDays: 7 };

/**
 * Reports (issue 7): stored scores of colleagues' scorecards, the facts kept
 * in step in the completing or importing transaction (hook phase `react`),
 * the views, surveys and the check. See docs/reports.md.
 */
export const reportsModule: ModuleFactory<keyof typeof reportsApi | keyof typeof surveysApi, ReportsOptions> = (ctx, repos, options) => {
  const zone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  const timeZone = () => (isTimeZone(zone) ? zone : 'UTC');
  const identity = createIdentityStore(ctx.db);
  const facts = createFactsStore(ctx.db);
  const writer = createFactsWriter(facts);
  const surveys = createSurveyStore(ctx.db);
  const q = createReportQueries(ctx.db, facts, surveys);
  const deps: RebuildDeps = { repos, identity, facts, local: createLocalReads(ctx.db), imported: createImportedReads(ctx.db), timeZone };
  const agentIdentity = createAgentIdentityStore(ctx.db);
  const templateVersions = createVersionsStore(ctx.db);

  // A database from before stored scores, or facts counted in another time zone: brought up to date once, at start.
  if (repos.settings.get(FACTS_TIME_ZONE_KEY, z.string()) !== timeZone()) {
    ctx.db.transaction(() => {
      backfillStoredScores(deps);
      rebuildFacts(deps);
      repos.settings.set(FACTS_TIME_ZONE_KEY, timeZone());
    })();
  }

  const survey = surveyHandlers(ctx, repos, surveys);
  return {
    handlers: {
      ...reportHandlers({
        ctx,
        repos,
        q,
        timeZone,
        settings: () => repos.settings.get(SETTINGS_KEY, ReportSettings) ?? DEFAULTS,
        saveSettings: (s) => repos.settings.set(SETTINGS_KEY, s),
        openProposals: () => agentIdentity.openProposals().length,
        linkOf: (versionId) => {
          const previous = templateVersions.publication(versionId)?.previous;
          return previous ? { previousVersionId: previous.versionId, elementMap: previous.elementMap } : null;
        },
        check: () => checkScoresAndFacts(deps),
        rebuild: () => ({ scorecards: ctx.db.transaction(() => (backfillStoredScores(deps), rebuildFacts(deps)))() }),
      }),
      'surveys.mapping': () => survey.mapping(),
      'surveys.check': ({ contentBase64, mapping }) => survey.check(contentBase64, mapping),
      'surveys.import': ({ contentBase64, mapping }) => survey.import(contentBase64, mapping),
    },
    hooks: {
      completed: {
        react: ({ kind, documentId }) => {
          if (kind !== scorecardKind.kind) return;
          const counting = countingOfLocal(repos, identity, timeZone(), documentId);
          if (counting) writer.count(counting.row, counting.version);
        },
      },
      importedBatch: { react: countImported({ repos, identity, writer, timeZone }) },
    },
  };
};
