import { z } from 'zod';
import { ApiError } from '../../../shared/api';
import type { coachingApi } from '../../../shared/api/coaching';
import type { printApi } from '../../../shared/api/print';
import { isTimeZone, localDayOf } from '../../../shared/reports/local-day';
import { createIdentityStore } from '../agents/identity-store';
import { createNotesStore } from '../media/notes-store';
import { createRecordingsStore } from '../media/recordings-store';
import type { ModuleFactory } from '../module';
import { FACTS_TIME_ZONE_KEY } from '../reports';
import { createFactsStore } from '../reports/facts/store';
import { createReportQueries } from '../reports/queries';
import { createSurveyStore } from '../reports/surveys/store';
import { setStatusHandler } from './actions';
import type { CoachingDeps } from './deps';
import { evidenceHooks, rebuildEvidence } from './evidence-hooks';
import { countsOf, homeOf, sessionList } from './home';
import { sessionProjection } from './import-hook';
import { profileOf } from './profile';
import { recordingsReach } from './recordings';
import { sessionHandlers } from './sessions';
import { createActionsStore } from './store/actions';
import { createEvidenceStore } from './store/evidence';
import { createImportedSessionsStore } from './store/imported';
import { createPeriodReads } from './store/period-reads';
import { createSessionsStore } from './store/sessions';

/** Bumped when what the evidence table holds changes: the next start rebuilds it. */
const EVIDENCE_BUILT_KEY = 'coaching.evidenceBuilt';
const EVIDENCE_VERSION = 1;

/** The dependencies of the coaching module's parts, over one database (also what the bench builds them from). */
export function coachingDeps(ctx: Parameters<typeof coachingModule>[0], repos: Parameters<typeof coachingModule>[1]): CoachingDeps {
  const db = ctx.db;
  // Days are the reports' facts' days: the zone they were counted in, this machine's until reports has started once.
  const zone = () => {
    const stored = repos.settings.get(FACTS_TIME_ZONE_KEY, z.string());
    return stored && isTimeZone(stored) ? stored : (Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC');
  };
  return {
    ctx,
    repos,
    q: createReportQueries(db, createFactsStore(db), createSurveyStore(db)),
    identity: createIdentityStore(db),
    evidence: createEvidenceStore(db),
    periods: createPeriodReads(db),
    sessions: createSessionsStore(db),
    actions: createActionsStore(db),
    imported: createImportedSessionsStore(db),
    recordings: createRecordingsStore(db),
    notes: createNotesStore(db),
    today: () => localDayOf(ctx.now(), zone()),
  };
}

/**
 * The coach's workspace (issue 8, docs/coaching.md): agent profiles read from
 * the reports' stored scores and facts, evidence moments kept beside them,
 * one-to-one sessions with agreed actions, the Coaching home, and sessions
 * synced as their own document kind. Built after reports: it reads the facts
 * reports keep, and their time zone.
 */
export const coachingModule: ModuleFactory<keyof typeof coachingApi | keyof typeof printApi> = (ctx, repos) => {
  const deps = coachingDeps(ctx, repos);
  if (repos.settings.get(EVIDENCE_BUILT_KEY, z.number()) !== EVIDENCE_VERSION) {
    ctx.db.transaction(() => {
      rebuildEvidence(deps);
      repos.settings.set(EVIDENCE_BUILT_KEY, EVIDENCE_VERSION);
    })();
  }
  const evidence = evidenceHooks(deps);
  return {
    handlers: {
      'coaching.home': () => homeOf(deps),
      'coaching.counts': () => countsOf(deps),
      'coaching.profile': ({ agentId, period }) => profileOf(deps, agentId, period),
      'coaching.recordings': ({ scorecardIds }) => recordingsReach(deps, scorecardIds),
      'coaching.sessions.list': ({ agentId }) => sessionList(deps, agentId),
      ...sessionHandlers(deps),
      'coaching.actions.setStatus': setStatusHandler(deps),
      // The desktop app's main process answers this itself (electron/ipc/print-relay.ts); the browser host has no Save dialog.
      'print.savePdf': () => {
        throw new ApiError('conflict', 'Saving a PDF with a dialog needs the desktop app. In a browser, “Save as PDF” on the coaching pack downloads it from the host instead.');
      },
    },
    hooks: {
      completed: { react: evidence.completed },
      imported: { project: sessionProjection(deps) },
      importedBatch: { react: evidence.imported },
    },
  };
};
