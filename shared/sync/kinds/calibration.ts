import type { z } from 'zod';
import { CalibrationOutcomes, CalibrationReveal, OUTCOMES_FORMAT, REVEAL_FORMAT } from '../../calibration/organiser-documents';
import { CalibrationSession, SESSION_FORMAT } from '../../calibration/session-document';
import { CalibrationCommitment, CalibrationSubmission, COMMITMENT_FORMAT, SUBMISSION_FORMAT } from '../../calibration/submission-documents';
import { canonicalJson } from '../../util/canonical-json';
import { verifyHashedText } from '../hashed-document';
import type { DocumentFacts, DocumentKind, Sha256Hex, Verified, Writers } from './kind';

/**
 * The documents of a calibration session (docs/calibration.md). Each is a
 * hashed, immutable file like a scorecard. The organiser's documents (the
 * session, the reveal, the outcomes) carry the writer's install id in their
 * names: only the organiser should write them, and when another install
 * claims the same session id (a copied file, two organisers) both files are
 * read and the clash is shown, instead of one silently refusing the other.
 * A participant's commitment and submission are named by their own
 * scorecard's id, which only their install ever uses.
 */
interface KindSpec<T> {
  kind: string;
  folder: string;
  noun: string;
  writers: Writers;
  format: string;
  schema: z.ZodType<T>;
  facts(doc: T): DocumentFacts;
  /** A check beyond format, schema and hash; a message when it fails. */
  check?(raw: Record<string, unknown>, sha256: Sha256Hex): string | null;
}

function calibrationKind<T>(spec: KindSpec<T>): DocumentKind<T, null> {
  const format = { format: spec.format, version: 1, schema: spec.schema, what: `a Callmark ${spec.noun}` };
  return {
    kind: spec.kind,
    folder: spec.folder,
    noun: spec.noun,
    writers: spec.writers,
    schema: spec.schema,
    verify(text, sha256, utf8): Verified<T, null> {
      const verified = verifyHashedText(text, format, sha256, utf8);
      if (!verified.ok) return verified;
      const problem = spec.check?.(verified.raw, sha256) ?? null;
      if (problem) return { ok: false, message: problem };
      return { ok: true, document: verified.document as T, raw: verified.raw, extra: null, unsignedHash: verified.unsignedHash };
    },
    facts: spec.facts,
    // A commitment names its submission's hash as built, so a signature must not change it (../signature.ts).
    keepsContentHash: true,
  };
}

export const calibrationSessionKind = calibrationKind<CalibrationSession>({
  kind: 'calibration-session',
  folder: 'calibration-sessions',
  noun: 'calibration session',
  writers: 'many-installs',
  format: SESSION_FORMAT,
  schema: CalibrationSession,
  facts: (s) => ({ documentId: s.sessionId, revision: s.revision, installId: s.origin.installId, contentHash: s.contentHash, placedAt: s.publishedAt }),
  // As in a scorecard export: the embedded template must be the version its hash names, on every install alike.
  check(raw, sha256) {
    const template = raw.template as { content: unknown; contentHash: string };
    return sha256(canonicalJson(template.content)) === template.contentHash ? null : "its embedded template does not match the template's content hash";
  },
});

export const calibrationCommitmentKind = calibrationKind<CalibrationCommitment>({
  kind: 'calibration-commitment',
  folder: 'calibration-commitments',
  noun: 'calibration commitment',
  writers: 'one-install',
  format: COMMITMENT_FORMAT,
  schema: CalibrationCommitment,
  facts: (c) => ({ documentId: c.submissionId, revision: c.revision, installId: c.origin.installId, contentHash: c.contentHash, placedAt: c.committedAt }),
});

export const calibrationSubmissionKind = calibrationKind<CalibrationSubmission>({
  kind: 'calibration-submission',
  folder: 'calibration-submissions',
  noun: 'calibration submission',
  writers: 'one-install',
  format: SUBMISSION_FORMAT,
  schema: CalibrationSubmission,
  facts: (s) => ({ documentId: s.submissionId, revision: s.revision, installId: s.origin.installId, contentHash: s.contentHash, placedAt: s.submittedAt }),
});

export const calibrationRevealKind = calibrationKind<CalibrationReveal>({
  kind: 'calibration-reveal',
  folder: 'calibration-reveals',
  noun: 'calibration reveal',
  writers: 'many-installs',
  format: REVEAL_FORMAT,
  schema: CalibrationReveal,
  facts: (r) => ({ documentId: r.sessionId, revision: r.revision, installId: r.origin.installId, contentHash: r.contentHash, placedAt: r.revealedAt }),
});

export const calibrationOutcomesKind = calibrationKind<CalibrationOutcomes>({
  kind: 'calibration-outcomes',
  folder: 'calibration-outcomes',
  noun: 'calibration outcome',
  writers: 'many-installs',
  format: OUTCOMES_FORMAT,
  schema: CalibrationOutcomes,
  facts: (o) => ({ documentId: o.sessionId, revision: o.revision, installId: o.origin.installId, contentHash: o.contentHash, placedAt: o.recordedAt }),
});

export const CALIBRATION_KINDS = [calibrationSessionKind, calibrationCommitmentKind, calibrationSubmissionKind, calibrationRevealKind, calibrationOutcomesKind] as const;
