import { buildSessionDocument } from '../../../../shared/coaching/document';
import { coachingSessionKind } from '../../../../shared/sync/kinds/coaching';
import { appVersion } from '../../../config/app-version';
import { createSessionsStore } from '../../coaching/store/sessions';
import { sha256Hex } from '../export/sha256';
import type { DocumentBuilderFactory } from './builder';

/**
 * A coaching session's document: the revision exactly as it was frozen when
 * completed (coaching_session_revisions), with this install as its origin.
 */
export const coachingSessionBuilder: DocumentBuilderFactory = ({ ctx, settings }) => {
  const sessions = createSessionsStore(ctx.db);
  return {
    kind: coachingSessionKind.kind,
    build(ref) {
      const snapshot = sessions.revision(ref.documentId, ref.revision);
      if (!snapshot) throw new Error(`Coaching session ${ref.documentId} has no completed revision ${ref.revision}.`);
      return buildSessionDocument(snapshot, { appVersion, installId: settings.installId() }, sha256Hex);
    },
  };
};
