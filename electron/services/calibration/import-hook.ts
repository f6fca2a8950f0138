import { CALIBRATION_KINDS, calibrationCommitmentKind, calibrationRevealKind, calibrationSessionKind } from '../../../shared/sync/kinds';
import type { ImportedEvent } from '../hooks';
import type { CalibrationDeps } from './deps';
import { releaseIfOpen } from './release';

const KINDS = new Set<string>(CALIBRATION_KINDS.map((k) => k.kind));
/** What can open a session here: the last participant's commitment, the organiser's reveal, or the session itself arriving after them. */
const OPENING = new Set<string>([calibrationCommitmentKind.kind, calibrationRevealKind.kind, calibrationSessionKind.kind]);

/**
 * The `project` import hook, over a stored batch: each colleague's
 * calibration document joins what this install knows of its session; and
 * since a commitment or a reveal may have just opened the session, this
 * install's held answers for it go out, in the same transaction.
 */
export function importHook(deps: CalibrationDeps): (events: readonly ImportedEvent[]) => void {
  return (events) => {
    // Answers are held only by this install's own submitting, never by an import: a session found holding none
    // holds none for the rest of the batch, and is not asked again.
    const nothingHeld = new Set<string>();
    for (const { ref, document, installId, at } of events) {
      if (!KINDS.has(ref.kind)) continue;
      // Every calibration document names its session (a session, itself).
      const { contentHash, sessionId } = document as { contentHash: string; sessionId: string };
      // Its bytes are in imported_documents already, stored by the same transaction: only where it belongs is kept here.
      deps.documents.insert({ kind: ref.kind, documentId: ref.documentId, revision: ref.revision, writer: installId, sessionId, body: null, contentHash, own: false, held: false, receivedAt: at });
      if (!OPENING.has(ref.kind) || nothingHeld.has(sessionId)) continue;
      if (deps.documents.held(sessionId).length === 0) nothingHeld.add(sessionId);
      else releaseIfOpen(deps, sessionId);
    }
  };
}
