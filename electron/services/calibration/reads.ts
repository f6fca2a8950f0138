import type { GuidanceProposal } from '../../../shared/api/calibration';
import { computeResults, reviewerDrift, type DriftView, type SessionResults, type SessionState } from '../../../shared/calibration';
import { calibrationSessionKind } from '../../../shared/sync/kinds';
import type { CalibrationDeps } from './deps';
import { loadState } from './load';
import { outcomesOf } from './session-views';

/** Every session this install knows, each where it stands now. */
export function everySession(deps: CalibrationDeps): SessionState[] {
  return deps.documents.sessionIds(calibrationSessionKind.kind).flatMap((id) => {
    const state = loadState(deps, id);
    return state ? [state] : [];
  });
}

/** Reviewer drift over every open session this install knows (shared/calibration/drift.ts). */
export function driftOf(deps: CalibrationDeps): DriftView {
  const open: SessionResults[] = everySession(deps).flatMap((state) =>
    state.opened ? [{ sessionId: state.session.sessionId, title: state.session.title, at: state.opened.at, results: computeResults(state.session, state.shown, []) }] : [],
  );
  return reviewerDrift(open);
}

/**
 * The guidance calibration discussions proposed for a template's elements,
 * or for the elements of the template it was copied from, newest first: what
 * the template's next version should consider. Outcomes
 * every install sees, and on the organiser's install its unpublished ones too.
 */
export function guidanceFor(deps: CalibrationDeps, templateId: string): GuidanceProposal[] {
  // A copy is offered what was proposed for the template it copies: the built-in scorecard never changes itself.
  const line = new Set(deps.templateLibrary.lineage(templateId));
  return everySession(deps)
    .filter((state) => line.has(state.session.template.id))
    .flatMap((state) => {
      const recordedAt = state.outcomes?.recordedAt ?? state.opened?.at ?? state.session.publishedAt;
      return outcomesOf(deps, state).outcomes.flatMap((o) =>
        o.guidance
          ? [{ elementId: o.elementId, guidance: o.guidance, sessionId: state.session.sessionId, sessionTitle: state.session.title, templateVersionId: state.session.template.versionId, recordedAt }]
          : [],
      );
    })
    .sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt));
}
