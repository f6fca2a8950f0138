import { buildExport } from '../../../../shared/export';
import { exportRelativePath } from '../../../../shared/sync/layout';
import { appVersion } from '../../../config/app-version';
import type { Repositories } from '../../repositories';
import { loadDetail } from '../../reviews/load';
import type { OutgoingItem } from '../delivery';
import type { SyncSettingsStore } from '../settings';
import type { MediaSource } from './media-source';
import { sha256Hex } from './sha256';

/**
 * The outgoing item of a scorecard's current, completed revision: the export
 * document as canonical JSON, its hash and its place in a share. Called inside
 * the completing transaction, so it reads exactly what was just locked.
 */
export function outgoingItemOf(repos: Repositories, media: MediaSource, settings: SyncSettingsStore, scorecardId: string): OutgoingItem {
  const detail = loadDetail(repos, scorecardId);
  if (detail.scorecard.status !== 'completed' || !detail.scorecard.completedAt) {
    throw new Error(`Scorecard ${scorecardId} is not completed: only completed revisions are exported.`);
  }
  const { includeCustomerName } = settings.get();
  const { document, body } = buildExport(
    {
      ...detail,
      notes: media.notesOf(scorecardId),
      recording: media.recordingOf(detail.interaction.id),
    },
    { includeCustomerName, appVersion, installId: settings.installId() },
    sha256Hex,
  );
  return {
    scorecardId,
    revision: document.revision,
    body,
    contentHash: sha256Hex(body),
    relativePath: exportRelativePath(scorecardId, document.revision, document.completedAt),
  };
}
