import { ApiError } from '../../../shared/api';
import {
  buildHashedDocument,
  CalibrationOutcomes,
  CalibrationReveal,
  OUTCOMES_FORMAT,
  REVEAL_FORMAT,
  type ElementOutcome,
  type SessionState,
} from '../../../shared/calibration';
import { calibrationOutcomesKind, calibrationRevealKind } from '../../../shared/sync/kinds';
import { currentReviewer } from '../settings/reviewer';
import { sha256Hex } from '../sync/export/sha256';
import type { CalibrationDeps } from './deps';
import { requireState } from './load';
import { releaseIfOpen } from './release';
import { outcomesOf } from './session-views';
import { originOf, writeOwn } from './write';

/** Only the install that published a session reveals it and records its outcomes; every other install ignores such documents. */
function requireOrganiser(deps: CalibrationDeps, sessionId: string): { state: SessionState; by: { id: string; name: string } } {
  const state = requireState(deps, sessionId);
  if (state.session.origin.installId !== deps.installId()) {
    throw new ApiError('conflict', `Only the organiser, ${state.session.organiser.name}, can do this, on the computer the session was published from.`);
  }
  const reviewer = currentReviewer(deps.repos);
  return { state, by: reviewer ? { id: reviewer.id, name: reviewer.name } : state.session.organiser };
}

/** Opens the session now: every install then publishes the answers it holds, and later submissions are late. */
export function reveal(deps: CalibrationDeps, sessionId: string): void {
  deps.ctx.db.transaction(() => {
    const { state, by } = requireOrganiser(deps, sessionId);
    if (state.opened) throw new ApiError('conflict', state.opened.by === 'reveal' ? 'This session was already revealed.' : 'Everyone has submitted: the session is already open.');
    const built = buildHashedDocument(
      CalibrationReveal,
      { format: REVEAL_FORMAT, formatVersion: 1, origin: originOf(deps), sessionId, revision: 1, revealedAt: deps.ctx.now(), by },
      sha256Hex,
    );
    writeOwn(deps, { ref: { kind: calibrationRevealKind.kind, documentId: sessionId, revision: 1 }, sessionId, body: built.body, contentHash: built.document.contentHash });
    releaseIfOpen(deps, sessionId);
  })();
}

/** One element's outcome as the organiser types it, kept at once; refused for an element the session's template lacks. */
export function saveOutcome(deps: CalibrationDeps, sessionId: string, outcome: ElementOutcome): ElementOutcome {
  const { state } = requireOrganiser(deps, sessionId);
  if (!state.opened) throw new ApiError('conflict', 'Outcomes are recorded once the session is open and its answers can be discussed.');
  const elements = state.session.template.content.sections.flatMap((s) => s.elements);
  if (!elements.some((e) => e.id === outcome.elementId)) throw new ApiError('invalid_input', `The session’s template has no element "${outcome.elementId}".`);
  const guidance = outcome.guidance?.trim() ? outcome.guidance.trim() : null;
  const saved = { ...outcome, guidance };
  deps.drafts.set(sessionId, saved, deps.ctx.now());
  return saved;
}

/** Publishes every outcome recorded so far as the next revision; nothing new to publish is refused. */
export function publishOutcomes(deps: CalibrationDeps, sessionId: string): number {
  return deps.ctx.db.transaction(() => {
    const { state, by } = requireOrganiser(deps, sessionId);
    const { outcomes, revision, unpublished } = outcomesOf(deps, state);
    if (!unpublished) throw new ApiError('conflict', 'There is nothing new to publish: every outcome recorded is already published.');
    const next = Math.max(revision ?? 0, deps.documents.latestOwnRevision(calibrationOutcomesKind.kind, sessionId)) + 1;
    const built = buildHashedDocument(
      CalibrationOutcomes,
      { format: OUTCOMES_FORMAT, formatVersion: 1, origin: originOf(deps), sessionId, revision: next, recordedAt: deps.ctx.now(), by, outcomes },
      sha256Hex,
    );
    writeOwn(deps, { ref: { kind: calibrationOutcomesKind.kind, documentId: sessionId, revision: next }, sessionId, body: built.body, contentHash: built.document.contentHash });
    return next;
  })();
}
