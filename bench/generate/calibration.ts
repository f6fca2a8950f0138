import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sha256Hex as sha256 } from '../../electron/services/sync/export/sha256';
import {
  buildHashedDocument,
  CalibrationCommitment,
  CalibrationReveal,
  CalibrationSession,
  CalibrationSubmission,
  COMMITMENT_FORMAT,
  REVEAL_FORMAT,
  SESSION_FORMAT,
  SUBMISSION_FORMAT,
  type SubmittedAnswer,
} from '../../shared/calibration';
import { answerValues } from '../../shared/scoring/answer';
import { scoreScorecard } from '../../shared/scoring';
import type { AnswerValue } from '../../shared/schemas/scorecard';
import { TemplateContent } from '../../shared/schemas/template';
import { calibrationCommitmentKind, calibrationRevealKind, calibrationSessionKind, calibrationSubmissionKind, type AnyDocumentKind } from '../../shared/sync/kinds';
import { documentRelativePath } from '../../shared/sync/layout';
import { canonicalJson } from '../../shared/util/canonical-json';
import { random } from '../random';

const origin = (installId: string) => ({ application: 'Callmark' as const, appVersion: 'bench', installId });

/** A large template: `sections` × 20 elements, every other one a 0–4 scale, each allowing not applicable. */
export function largeTemplate(sections: number): TemplateContent {
  return TemplateContent.parse({
    name: `Bench template, ${sections * 20} elements`,
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `s${s}`,
      title: `Section ${s + 1}`,
      elements: Array.from({ length: 20 }, (_, e) =>
        e % 2
          ? { id: `s${s}-e${e}`, kind: 'scale', label: `Element ${s + 1}.${e + 1}`, max: 4, scaleLabels: ['0', '1', '2', '3', '4'], allowNotApplicable: true }
          : { id: `s${s}-e${e}`, kind: 'check', label: `Element ${s + 1}.${e + 1}`, allowNotApplicable: true },
      ),
    })),
    bands: [
      { id: 'below', label: 'Below', from: 0, fromInclusive: true, to: 70, toInclusive: false },
      { id: 'meets', label: 'Meets', from: 70, fromInclusive: true, to: 100, toInclusive: true },
    ],
    target: 70,
    notApplicableBandId: 'meets',
  });
}

function write(share: string, kind: AnyDocumentKind, body: string, placedAt: string): void {
  const facts = kind.facts(JSON.parse(body));
  const writer = kind.writers === 'many-installs' ? facts.installId : '';
  const file = path.join(share, kind.folder, ...documentRelativePath(kind, { documentId: facts.documentId, revision: facts.revision, writer }, placedAt).split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
}

/**
 * Writes `sessions` complete calibration sessions into a share, as their
 * installs would have: the organiser's session and reveal, each of
 * `participants` installs' commitment and answers (most answers alike, some
 * not, a few skipped), spread over two years. Returns the session ids.
 */
export function writeCalibrationShare(share: string, options: { sessions: number; participants: number; template: TemplateContent; seed: number }): string[] {
  const next = random(options.seed);
  const { template } = options;
  const elements = template.sections.flatMap((s) => s.elements);
  const contentHash = sha256(canonicalJson(template));
  const ids: string[] = [];
  for (let n = 0; n < options.sessions; n++) {
    const day = new Date(Date.UTC(2025, 0, 1) + n * 3 * 86_400_000);
    const at = (hours: number) => new Date(day.getTime() + hours * 3_600_000).toISOString();
    const organiserInstall = randomUUID();
    const participants = Array.from({ length: options.participants }, (_, p) => ({ key: randomUUID(), name: `Reviewer ${p + 1}`, reviewerId: randomUUID() }));
    const session = buildHashedDocument(
      CalibrationSession,
      {
        format: SESSION_FORMAT,
        formatVersion: 1,
        origin: origin(organiserInstall),
        sessionId: randomUUID(),
        revision: 1,
        title: `Session ${n + 1}`,
        publishedAt: at(0),
        dueAt: at(72),
        organiser: { id: participants[0]!.reviewerId, name: participants[0]!.name },
        interaction: { channel: 'phone', occurredAt: at(-24), reference: `CALL-${n}`, durationSeconds: 300, agent: { id: randomUUID(), name: 'Ada Agent', team: 'North' } },
        recording: null,
        template: { id: randomUUID(), versionId: randomUUID(), version: 1, name: template.name, contentHash, content: template },
        participants,
        referenceKey: participants[0]!.key,
      },
      sha256,
    );
    write(share, calibrationSessionKind, session.body, session.document.publishedAt);
    const truths = elements.map((e) => answerValues(e)[Math.floor(next() * 2)]!);
    participants.forEach((participant, p) => {
      const answers: SubmittedAnswer[] = elements.map((e, i) => {
        const values = answerValues(e);
        const value: AnswerValue = next() < 0.85 ? truths[i]! : values[Math.floor(next() * values.length)]!;
        return { elementId: e.id, value, comment: next() < 0.05 ? 'Heard it differently at 1:20.' : '' };
      });
      const score = scoreScorecard(template, new Map(answers.map((a) => [a.elementId, { value: a.value, comment: a.comment }])));
      const common = {
        formatVersion: 1,
        origin: origin(randomUUID()),
        submissionId: randomUUID(),
        revision: 1,
        sessionId: session.document.sessionId,
        participantKey: participant.key,
        reviewer: { id: participant.reviewerId, name: participant.name },
      };
      const submission = buildHashedDocument(
        CalibrationSubmission,
        {
          ...common,
          format: SUBMISSION_FORMAT,
          submittedAt: at(1 + p),
          template: { versionId: session.document.template.versionId, contentHash },
          answers,
          notes: [],
          score: { overall: score.overall, bandLabel: score.bandLabel, automaticFail: score.automaticFail },
          recordingSha256: null,
        },
        sha256,
      );
      const commitment = buildHashedDocument(CalibrationCommitment, { ...common, format: COMMITMENT_FORMAT, committedAt: at(1 + p), submissionHash: submission.document.contentHash }, sha256);
      write(share, calibrationCommitmentKind, commitment.body, commitment.document.committedAt);
      write(share, calibrationSubmissionKind, submission.body, submission.document.submittedAt);
    });
    const reveal = buildHashedDocument(
      CalibrationReveal,
      { format: REVEAL_FORMAT, formatVersion: 1, origin: origin(organiserInstall), sessionId: session.document.sessionId, revision: 1, revealedAt: at(48), by: session.document.organiser },
      sha256,
    );
    write(share, calibrationRevealKind, reveal.body, reveal.document.revealedAt);
    ids.push(session.document.sessionId);
  }
  return ids;
}
