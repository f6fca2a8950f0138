import { canonicalJson } from '../../../shared/util/canonical-json';
import { computeResults, factsOf, hasSubmitted, participantFor, type ElementOutcome, type ResultsView, type SessionState, type SessionSummary, type SessionView } from '../../../shared/calibration';
import { currentReviewer } from '../settings/reviewer';
import type { CalibrationDeps } from './deps';
import type { RecordingHasher } from './recording-hasher';
import { findSharedRecording, shareFolders } from './share-recording';

const isOrganiser = (deps: CalibrationDeps, state: SessionState) => state.session.origin.installId === deps.installId();

function myParticipant(deps: CalibrationDeps, state: SessionState) {
  const reviewer = currentReviewer(deps.repos);
  const me = reviewer ? participantFor(state.session.participants, reviewer) : null;
  return me ? (state.participants.find((p) => p.key === me.key) ?? null) : null;
}

export function summaryOf(deps: CalibrationDeps, state: SessionState): SessionSummary {
  return {
    facts: factsOf(state.session),
    participants: state.participants.length,
    submitted: state.participants.filter((p) => hasSubmitted(p.status)).length,
    opened: state.opened,
    organiser: isOrganiser(deps, state),
    myStatus: myParticipant(deps, state)?.status ?? null,
    problems: state.problems.length + state.participants.reduce((n, p) => n + p.problems.length, 0),
  };
}

export async function sessionView(deps: CalibrationDeps, hasher: RecordingHasher, state: SessionState): Promise<SessionView> {
  const me = myParticipant(deps, state);
  const organiser = isOrganiser(deps, state);
  const { recording } = state.session;
  const check = !recording
    ? { state: 'none' as const, message: 'No recording: the call is scored from memory or notes.' }
    : recording.inShare
      ? (await findSharedRecording(shareFolders(deps.targets.list()), recording, hasher)).check
      : {
          state: 'own_copy' as const,
          message: `Link your own copy of ${recording.fileName} when you score (Locate file, beside the checklist): Callmark checks it is the same recording (SHA-256 ${recording.sha256.slice(0, 12)}…).`,
        };
  return {
    facts: factsOf(state.session),
    opened: state.opened,
    participants: state.participants,
    organiser,
    canReveal: organiser && state.opened === null,
    me: me ? { participantKey: me.key, scorecardId: deps.participations.ofSession(state.session.sessionId)?.scorecardId ?? null, status: me.status } : null,
    recording: check,
    problems: state.problems,
  };
}

/** Published outcomes, overlaid on the organiser's install by the notes it has not published yet. */
export function outcomesOf(deps: CalibrationDeps, state: SessionState): { outcomes: ElementOutcome[]; revision: number | null; unpublished: boolean } {
  const published = state.outcomes?.outcomes ?? [];
  const drafts = isOrganiser(deps, state) ? deps.drafts.list(state.session.sessionId) : [];
  const byElement = new Map(published.map((o) => [o.elementId, o]));
  const unpublished = drafts.some((d) => canonicalJson(byElement.get(d.elementId) ?? null) !== canonicalJson(d));
  for (const d of drafts) byElement.set(d.elementId, d);
  return { outcomes: [...byElement.values()], revision: state.outcomes?.revision ?? null, unpublished };
}

export function resultsView(deps: CalibrationDeps, state: SessionState): ResultsView {
  const facts = factsOf(state.session);
  if (!state.opened) {
    const submitted = state.participants.filter((p) => hasSubmitted(p.status)).length;
    return {
      visible: false,
      facts,
      participants: state.participants,
      message: `Answers stay hidden until every participant has submitted or the organiser reveals them (${submitted} of ${state.participants.length} submitted).`,
    };
  }
  const { outcomes, revision, unpublished } = outcomesOf(deps, state);
  return {
    visible: true,
    facts,
    opened: state.opened,
    participants: state.participants,
    results: computeResults(state.session, state.shown, outcomes),
    outcomes: { revision, unpublished },
    organiser: isOrganiser(deps, state),
  };
}
