import type { CalibrationOutcomes, CalibrationReveal } from './organiser-documents';
import { organiserDocuments } from './organiser';
import type { CalibrationSession, Participant } from './session-document';
import type { CalibrationCommitment, CalibrationSubmission } from './submission-documents';
import type { OpenedView, ParticipantStatus, ParticipantView } from './views';

/** Every calibration document this install knows for one session id, whoever wrote it. */
export interface SessionDocuments {
  sessions: readonly CalibrationSession[];
  commitments: readonly CalibrationCommitment[];
  submissions: readonly CalibrationSubmission[];
  reveals: readonly CalibrationReveal[];
  outcomes: readonly CalibrationOutcomes[];
}

/** A submission the results show: counted in the group's figures, or late (shown, marked, not counted). */
export interface ShownSubmission {
  participant: Participant;
  submission: CalibrationSubmission;
  late: boolean;
}

export interface SessionState {
  session: CalibrationSession;
  outcomes: CalibrationOutcomes | null;
  opened: OpenedView | null;
  participants: ParticipantView[];
  /** Only once the session is open: the submissions the results are made of. */
  shown: ShownSubmission[];
  problems: string[];
}

const at = (iso: string) => Date.parse(iso);
const shortId = (id: string) => id.slice(0, 8);

/** One participant's scorecard as committed, revision by revision (a revised calibration scorecard commits again). */
interface Chain {
  submissionId: string;
  commitments: CalibrationCommitment[];
  first: CalibrationCommitment;
}

function chainsOf(commitments: readonly CalibrationCommitment[]): Chain[] {
  const bySubmission = new Map<string, CalibrationCommitment[]>();
  for (const c of commitments) bySubmission.set(c.submissionId, [...(bySubmission.get(c.submissionId) ?? []), c]);
  return [...bySubmission.entries()].map(([submissionId, list]) => {
    const sorted = list.sort((a, b) => a.revision - b.revision);
    return { submissionId, commitments: sorted, first: sorted[0]! };
  });
}

/**
 * Opens when the organiser reveals, or when every participant has committed,
 * whichever came first. Installs agree because both moments are in documents
 * every install reads.
 */
function openingOf(reveal: CalibrationReveal | null, participants: readonly Participant[], primary: ReadonlyMap<string, Chain>): OpenedView | null {
  const everyone = participants.every((p) => primary.has(p.key))
    ? participants.map((p) => primary.get(p.key)!.first.committedAt).sort((a, b) => at(b) - at(a))[0]!
    : null;
  if (reveal && (everyone === null || at(reveal.revealedAt) < at(everyone))) return { at: reveal.revealedAt, by: 'reveal' };
  return everyone === null ? null : { at: everyone, by: 'everyone' };
}

const changedElements = (a: CalibrationSubmission, b: CalibrationSubmission): string[] => {
  const before = new Map(a.answers.map((x) => [x.elementId, x.value]));
  return b.answers.filter((x) => before.get(x.elementId) !== x.value).map((x) => x.elementId);
};

/**
 * Where a session stands, from its documents alone (decide here, act in the
 * backend). Blindness: before it opens nothing but who committed and when is
 * given out. After: per participant, the revision committed last before the
 * opening is counted; a first commitment after it is late (shown, not in the
 * group's figures, since its author may have seen the others); a revision
 * committed after the opening is shown as a change, never counted instead.
 * What arrived is checked against what was committed and against the
 * session's template version, and never counted twice: a second install
 * submitting as the same participant is named and left out.
 */
export function classifySession(docs: SessionDocuments, now: string): SessionState | null {
  const organiser = organiserDocuments(docs.sessions, docs.reveals, docs.outcomes);
  if (!organiser) return null;
  const { session, reveal, outcomes } = organiser;
  const problems = [...organiser.problems];
  const keys = new Set(session.participants.map((p) => p.key));
  const claims = new Map<string, Chain[]>();
  for (const chain of chainsOf(docs.commitments.filter((c) => c.sessionId === session.sessionId))) {
    if (!keys.has(chain.first.participantKey)) {
      problems.push(`${chain.first.reviewer.name} submitted as someone who is not a participant of this session: not counted.`);
      continue;
    }
    claims.set(chain.first.participantKey, [...(claims.get(chain.first.participantKey) ?? []), chain]);
  }
  for (const list of claims.values()) list.sort((a, b) => at(a.first.committedAt) - at(b.first.committedAt) || a.submissionId.localeCompare(b.submissionId));
  const primary = new Map([...claims.entries()].map(([key, list]) => [key, list[0]!]));
  const opened = openingOf(reveal, session.participants, primary);
  const content = new Map(docs.submissions.map((s) => [`${s.submissionId}:${s.revision}`, s]));
  const shown: ShownSubmission[] = [];
  const overdue = session.dueAt !== null && at(now) > at(session.dueAt);

  const participants = session.participants.map((participant): ParticipantView => {
    const reference = participant.key === session.referenceKey;
    const chain = primary.get(participant.key);
    const base = { key: participant.key, name: participant.name, reference, reviewerName: null, committedAt: null, changedAfterOpening: null };
    const mine = (claims.get(participant.key) ?? []).slice(1).map(
      (other) =>
        `Another install (${other.first.reviewer.name}, install ${shortId(other.first.origin.installId)}) also submitted as ${participant.name} on ${other.first.committedAt}: only the first submission is counted.`,
    );
    if (!chain) {
      const status: ParticipantStatus = opened ? 'did_not_submit' : overdue ? 'overdue' : 'waiting';
      return { ...base, status, statusText: NOT_SUBMITTED[status]!, problems: mine };
    }
    const who = { reviewerName: chain.first.reviewer.name };
    if (!opened) {
      const last = chain.commitments[chain.commitments.length - 1]!;
      return { ...base, ...who, committedAt: last.committedAt, status: 'sealed', statusText: 'Submitted: answers hidden until the session opens.', problems: mine };
    }
    const blind = chain.commitments.filter((c) => at(c.committedAt) <= at(opened.at));
    const counted = blind[blind.length - 1] ?? chain.first;
    const late = blind.length === 0;
    const later = chain.commitments.filter((c) => c.revision > counted.revision && at(c.committedAt) > at(opened.at));
    const change = later[later.length - 1] ?? null;
    const submission = content.get(`${counted.submissionId}:${counted.revision}`);
    const changedContent = change ? content.get(`${change.submissionId}:${change.revision}`) : undefined;
    const changedAfterOpening = change
      ? { revision: change.revision, committedAt: change.committedAt, elementIds: submission && changedContent ? changedElements(submission, changedContent) : null }
      : null;
    const view = { ...base, ...who, committedAt: counted.committedAt, changedAfterOpening };
    if (!submission) {
      return { ...view, status: 'awaiting_answers', statusText: 'Submitted; their install has not published the answers yet (it does when it next reads the share).', problems: mine };
    }
    const refusal = refusalOf(session, counted, submission);
    if (refusal) return { ...view, status: 'not_counted', statusText: 'Not counted.', problems: [refusal, ...mine] };
    shown.push({ participant, submission, late });
    return late
      ? { ...view, status: 'late', statusText: 'Late: submitted after the session opened. Shown, not counted in the group’s figures.', problems: mine }
      : { ...view, status: 'counted', statusText: 'Counted in the group’s figures.', problems: mine };
  });
  return { session, outcomes, opened, participants, shown, problems };
}

const NOT_SUBMITTED: Partial<Record<ParticipantStatus, string>> = {
  waiting: 'Not submitted yet.',
  overdue: 'Not submitted, and the due date has passed.',
  did_not_submit: 'Did not submit before the session opened.',
};

/** Why what arrived cannot be counted, or null. */
function refusalOf(session: CalibrationSession, commitment: CalibrationCommitment, submission: CalibrationSubmission): string | null {
  if (submission.contentHash !== commitment.submissionHash) {
    return `The answers published (hash ${shortId(submission.contentHash)}) are not the ones committed on ${commitment.committedAt} (hash ${shortId(commitment.submissionHash)}): they changed after they were committed.`;
  }
  if (submission.participantKey !== commitment.participantKey || submission.sessionId !== commitment.sessionId) {
    return 'The answers published name another session or participant than their commitment.';
  }
  const t = session.template;
  if (submission.template.versionId !== t.versionId || submission.template.contentHash !== t.contentHash) {
    return `Scored against another template version (${shortId(submission.template.versionId)}, hash ${shortId(submission.template.contentHash)}), not the session’s ${t.name} version ${t.version}.`;
  }
  const recording = session.recording?.sha256 ?? null;
  if (submission.recordingSha256 !== recording) return 'Scored against another recording than the session’s (its hash differs).';
  return null;
}
