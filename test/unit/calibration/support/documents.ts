import { randomUUID } from 'node:crypto';
import {
  buildHashedDocument,
  CalibrationCommitment,
  CalibrationOutcomes,
  CalibrationReveal,
  CalibrationSession,
  CalibrationSubmission,
  COMMITMENT_FORMAT,
  OUTCOMES_FORMAT,
  REVEAL_FORMAT,
  SESSION_FORMAT,
  SUBMISSION_FORMAT,
  type ElementOutcome,
  type Participant,
  type SubmittedAnswer,
} from '../../../../shared/calibration';
import type { Percentage } from '../../../../shared/schemas/scorecard';
import type { TemplateContent } from '../../../../shared/schemas/template';
import { Fraction } from '../../../../shared/scoring/fraction';
import { canonicalJson } from '../../../../shared/util/canonical-json';
import { BUILTIN_TEMPLATE_ID, BUILTIN_TEMPLATE_VERSION_ID, builtinTemplate } from '../../../../shared/templates/builtin';
import { sha256Hex } from '../../../../electron/services/sync/export/sha256';

/**
 * Calibration documents made as an install makes them (real hashes, checked
 * against their schemas), for the pure tests and for files a test drops into
 * a share by hand: a second organiser, a submission for another version.
 */
export const sha256 = sha256Hex;
const origin = (installId: string) => ({ application: 'Callmark' as const, appVersion: '0.1.0', installId });

export const person = (name: string) => ({ id: randomUUID(), name });

export function participants(...names: string[]): Participant[] {
  return names.map((name) => ({ key: randomUUID(), name, reviewerId: null }));
}

export function sessionDoc(options: {
  participants: Participant[];
  referenceKey?: string | null;
  installId?: string;
  sessionId?: string;
  publishedAt?: string;
  dueAt?: string | null;
  title?: string;
  template?: TemplateContent;
  organiser?: string;
}) {
  const template = options.template ?? builtinTemplate;
  return buildHashedDocument(
    CalibrationSession,
    {
      format: SESSION_FORMAT,
      formatVersion: 1,
      origin: origin(options.installId ?? randomUUID()),
      sessionId: options.sessionId ?? randomUUID(),
      revision: 1,
      title: options.title ?? 'November calibration',
      publishedAt: options.publishedAt ?? '2026-11-20T09:00:00.000Z',
      dueAt: options.dueAt ?? null,
      organiser: person(options.organiser ?? 'Olga Organiser'),
      interaction: { channel: 'phone', occurredAt: '2026-11-19T10:00:00.000Z', reference: 'CALL-1', durationSeconds: 300, agent: { id: randomUUID(), name: 'Ada Agent', team: 'North' } },
      recording: null,
      template: {
        id: BUILTIN_TEMPLATE_ID,
        versionId: options.template ? randomUUID() : BUILTIN_TEMPLATE_VERSION_ID,
        version: 1,
        name: template.name,
        contentHash: sha256(canonicalJson(template)),
        content: template,
      },
      participants: options.participants,
      referenceKey: options.referenceKey ?? null,
    },
    sha256,
  ).document;
}

/** A percentage exactly as the scoring engine gives it. */
export function percentage(numerator: number, denominator = 1): Percentage {
  const f = Fraction.of(numerator, denominator);
  return { exact: f.toExact(), value: f.toNumber(), rounded: f.roundHalfUp(1) };
}

type Session = ReturnType<typeof sessionDoc>;

/** A participant's submission and the commitment to it, as their install writes them when they complete. */
export function submitted(
  session: Session,
  participant: Participant,
  options: { answers: SubmittedAnswer[]; score: Percentage | null; at: string; revision?: number; installId?: string; submissionId?: string; reviewer?: { id: string; name: string }; templateVersionId?: string },
) {
  const common = {
    formatVersion: 1,
    origin: origin(options.installId ?? randomUUID()),
    submissionId: options.submissionId ?? randomUUID(),
    revision: options.revision ?? 1,
    sessionId: session.sessionId,
    participantKey: participant.key,
    reviewer: options.reviewer ?? person(participant.name),
  };
  const submission = buildHashedDocument(
    CalibrationSubmission,
    {
      ...common,
      format: SUBMISSION_FORMAT,
      submittedAt: options.at,
      template: { versionId: options.templateVersionId ?? session.template.versionId, contentHash: session.template.contentHash },
      answers: options.answers,
      notes: [],
      score: { overall: options.score, bandLabel: 'Meets expectations', automaticFail: false },
      recordingSha256: session.recording?.sha256 ?? null,
    },
    sha256,
  );
  const commitment = buildHashedDocument(
    CalibrationCommitment,
    { ...common, format: COMMITMENT_FORMAT, committedAt: options.at, submissionHash: submission.document.contentHash },
    sha256,
  );
  return { submission: submission.document, commitment: commitment.document, bodies: { submission: submission.body, commitment: commitment.body } };
}

export function revealDoc(session: Session, at: string, installId = session.origin.installId) {
  return buildHashedDocument(
    CalibrationReveal,
    { format: REVEAL_FORMAT, formatVersion: 1, origin: origin(installId), sessionId: session.sessionId, revision: 1, revealedAt: at, by: session.organiser },
    sha256,
  ).document;
}

export function outcomesDoc(session: Session, revision: number, outcomes: ElementOutcome[], installId = session.origin.installId) {
  return buildHashedDocument(
    CalibrationOutcomes,
    { format: OUTCOMES_FORMAT, formatVersion: 1, origin: origin(installId), sessionId: session.sessionId, revision, recordedAt: '2026-11-21T10:00:00.000Z', by: session.organiser, outcomes },
    sha256,
  ).document;
}

/** Answers to every element of a template: met unless listed. */
export function answers(template: TemplateContent, notMet: Record<string, string> = {}): SubmittedAnswer[] {
  return template.sections.flatMap((s) =>
    s.elements.map((e) => ({ elementId: e.id, value: e.id in notMet ? ('not_met' as const) : ('met' as const), comment: notMet[e.id] ?? '' })),
  );
}
