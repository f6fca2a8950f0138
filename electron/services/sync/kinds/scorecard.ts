import { buildExport, type BuiltExport, type ScorecardExport } from '../../../../shared/export';
import { scorecardKind } from '../../../../shared/sync/kinds';
import { appVersion } from '../../../config/app-version';
import type { ImportedEvent } from '../../hooks';
import { loadDetail } from '../../reviews/load';
import { sha256Hex } from '../export/sha256';
import type { ImportedScorecardsStore } from '../store/imported-scorecards';
import type { BuildDeps, DocumentBuilderFactory } from './builder';

/**
 * The export document of a scorecard's current, completed revision, as
 * canonical JSON. The customer's name goes in only if the sync setting allows.
 */
export function buildScorecardDocument({ repos, media, settings }: BuildDeps, scorecardId: string): BuiltExport {
  const detail = loadDetail(repos, scorecardId);
  if (detail.scorecard.status !== 'completed' || !detail.scorecard.completedAt) {
    throw new Error(`Scorecard ${scorecardId} is not completed: only completed revisions are exported.`);
  }
  const { includeCustomerName } = settings.get();
  return buildExport(
    { ...detail, notes: media.notesOf(scorecardId), recording: media.recordingOf(detail.interaction.id) },
    { includeCustomerName, appVersion, installId: settings.installId() },
    sha256Hex,
  );
}

export const scorecardBuilder: DocumentBuilderFactory = (deps) => ({
  kind: scorecardKind.kind,
  // A calibration scorecard is never sent as a scorecard: its answers travel as calibration documents (docs/calibration.md).
  build: (ref) => (deps.repos.scorecards.calibrationSessionOf(ref.documentId) ? null : buildScorecardDocument(deps, ref.documentId)),
});

/** The `project` import hook: a colleague's scorecard joins the Team list. */
export const scorecardProjection =
  (store: ImportedScorecardsStore) =>
  ({ ref, document, extra }: ImportedEvent): void => {
    if (ref.kind !== scorecardKind.kind) return;
    store.insert(document as ScorecardExport, extra as string);
  };
