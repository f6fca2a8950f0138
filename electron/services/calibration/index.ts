import type { calibrationApi } from '../../../shared/api/calibration';
import { ApiError } from '../../../shared/api';
import type { ModuleFactory } from '../module';
import { createNotesStore } from '../media/notes-store';
import { createRecordingsStore } from '../media/recordings-store';
import { currentReviewer } from '../settings/reviewer';
import { createSyncSettings } from '../sync/settings';
import { createTargetsStore } from '../sync/store/targets';
import type { CalibrationDeps } from './deps';
import { importHook } from './import-hook';
import { createParsedDocuments } from './parsed-documents';
import { requireState } from './load';
import { publishOutcomes, reveal, saveOutcome } from './organiser-actions';
import { publishSession } from './publish';
import { driftOf, everySession, guidanceFor } from './reads';
import { createRecordingHasher } from './recording-hasher';
import { resultsView, sessionView, summaryOf } from './session-views';
import { shareFolders } from './share-recording';
import { startScoring } from './start';
import { createCalibrationDocumentsStore } from './store/documents';
import { createOutcomeDraftsStore } from './store/outcome-drafts';
import { createParticipationsStore } from './store/participations';
import { createCalibrationReadsStore } from './store/reads';
import { createLibraryStore } from '../templates/store/library';
import { createVersionsStore } from '../templates/store/versions';
import { submitHook } from './submit';

/**
 * Calibration sessions (issue 10, docs/calibration.md): publishing, blind
 * scoring through ordinary (flagged) scorecards, commitments and held answers,
 * the reveal, results, outcomes and drift. Its documents travel through sync
 * like any kind; its hooks make a calibration scorecard's completion its
 * submission and keep what colleagues publish.
 */
export const calibrationModule: ModuleFactory<keyof typeof calibrationApi> = (ctx, repos) => {
  const settings = createSyncSettings(ctx, repos);
  const deps: CalibrationDeps = {
    ctx,
    repos,
    documents: createCalibrationDocumentsStore(ctx.db),
    parsed: createParsedDocuments(),
    participations: createParticipationsStore(ctx.db),
    drafts: createOutcomeDraftsStore(ctx.db),
    reads: createCalibrationReadsStore(ctx.db),
    templateLibrary: createLibraryStore(ctx.db),
    templateVersions: createVersionsStore(ctx.db),
    recordings: createRecordingsStore(ctx.db),
    notes: createNotesStore(ctx.db),
    targets: createTargetsStore(ctx.db),
    installId: () => settings.installId(),
  };
  const hasher = createRecordingHasher();
  const view = async (sessionId: string) => sessionView(deps, hasher, requireState(deps, sessionId));

  return {
    handlers: {
      'calibration.options': () => {
        const me = currentReviewer(repos);
        const colleagues = deps.reads.colleagues().filter((r) => r.id !== me?.id);
        return {
          calls: deps.reads.calls(200).map(({ interactionId: _, ...call }) => call),
          reviewers: [...(me ? [{ ...me, me: true }] : []), ...colleagues.map((r) => ({ ...r, me: false }))],
          shares: shareFolders(deps.targets.list()).map((s) => s.name),
        };
      },
      'calibration.publish': async (input) => view(await publishSession(deps, input)),
      'calibration.list': () =>
        everySession(deps)
          .map((state) => summaryOf(deps, state))
          .sort((a, b) => Date.parse(b.facts.publishedAt) - Date.parse(a.facts.publishedAt)),
      'calibration.get': ({ sessionId }) => view(sessionId),
      'calibration.start': ({ sessionId }) => startScoring(deps, hasher, sessionId),
      'calibration.reveal': ({ sessionId }) => {
        reveal(deps, sessionId);
        return view(sessionId);
      },
      'calibration.results': ({ sessionId }) => resultsView(deps, requireState(deps, sessionId)),
      'calibration.outcomes.save': ({ sessionId, ...outcome }) => saveOutcome(deps, sessionId, outcome),
      'calibration.outcomes.publish': ({ sessionId }) => ({ revision: publishOutcomes(deps, sessionId) }),
      'calibration.drift': () => driftOf(deps),
      'calibration.guidance': ({ templateId }) => {
        if (!deps.templateLibrary.get(templateId)) throw new ApiError('not_found', 'That template is not on this install.');
        return guidanceFor(deps, templateId);
      },
    },
    hooks: {
      completed: { react: submitHook(deps) },
      importedBatch: { project: importHook(deps) },
    },
  };
};
