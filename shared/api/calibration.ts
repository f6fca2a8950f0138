import { z } from 'zod';
import { ElementOutcome } from '../calibration/organiser-documents';
import { DriftView, ResultsView, SessionSummary, SessionView } from '../calibration/views';
import { Id, IsoDateTime, NonEmptyText } from '../schemas/common';
import { AnswerValue } from '../schemas/scorecard';
import { method, NoInput } from './method';

const ForSession = z.object({ sessionId: Id }).strict();

export const PublishInput = z
  .object({
    title: NonEmptyText('Title'),
    /** The reviewed call whose interaction (and recording, if any) the session is about: one of this install's scorecards. */
    scorecardId: Id,
    templateVersionId: Id,
    participants: z
      .array(z.object({ name: NonEmptyText('A participant’s name'), reviewerId: Id.nullable().default(null) }).strict())
      .min(2, { message: 'name at least two participants' })
      .max(50),
    /** Which participant (by position) is the reference scorer, the expert the others are compared with; null for none. */
    referenceIndex: z.number().int().min(0).nullable().default(null),
    dueAt: IsoDateTime.nullable().default(null),
    /** Copy the recording into every shared folder, so participants need no copy of their own. */
    shareRecording: z.boolean().default(false),
  })
  .strict()
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.participants.forEach((p, i) => {
      const name = p.name.trim().toLocaleLowerCase();
      if (seen.has(name)) ctx.addIssue({ code: 'custom', message: `${p.name} is named twice`, path: ['participants', i, 'name'] });
      seen.add(name);
    });
    if (input.referenceIndex !== null && input.referenceIndex >= input.participants.length) {
      ctx.addIssue({ code: 'custom', message: 'the reference scorer must be one of the participants', path: ['referenceIndex'] });
    }
  });
export type PublishInput = z.input<typeof PublishInput>;

export const SessionOptions = z.object({
  /** Calls this install reviewed, newest first. */
  calls: z.array(
    z.object({
      scorecardId: Id,
      agentName: z.string(),
      occurredAt: IsoDateTime,
      reference: z.string(),
      templateVersionId: Id,
      recordingFileName: z.string().nullable(),
    }),
  ),
  /** This install's reviewer and colleagues known from their imported scorecards. */
  reviewers: z.array(z.object({ id: Id, name: z.string(), me: z.boolean() })),
  /** The shared folders a recording would be copied into. */
  shares: z.array(z.string()),
});
export type SessionOptions = z.infer<typeof SessionOptions>;

export const GuidanceProposal = z.object({
  elementId: z.string(),
  guidance: z.string(),
  sessionId: Id,
  sessionTitle: z.string(),
  templateVersionId: Id,
  recordedAt: IsoDateTime,
});
export type GuidanceProposal = z.infer<typeof GuidanceProposal>;

/** Calibration sessions (issue 10; docs/calibration.md). */
export const calibrationApi = {
  'calibration.options': method(NoInput, SessionOptions),
  'calibration.publish': method(PublishInput, SessionView),
  'calibration.list': method(NoInput, z.array(SessionSummary)),
  'calibration.get': method(ForSession, SessionView),
  /** Creates this install's calibration scorecard for the session (or returns the one already started). */
  'calibration.start': method(ForSession, z.object({ scorecardId: Id })),
  /** The organiser opens the session before everyone has submitted. */
  'calibration.reveal': method(ForSession, SessionView),
  /** Nothing but who submitted and when, until the session opens. */
  'calibration.results': method(ForSession, ResultsView),
  /** The organiser's note on one element, saved at once; published with `calibration.outcomes.publish`. */
  'calibration.outcomes.save': method(
    z
      .object({
        sessionId: Id,
        elementId: z.string().min(1).max(64),
        agreedAnswer: AnswerValue.nullable().default(null),
        note: z.string().max(5000).default(''),
        guidance: z.string().max(5000).nullable().default(null),
      })
      .strict(),
    ElementOutcome,
  ),
  'calibration.outcomes.publish': method(ForSession, z.object({ revision: z.number().int().min(1) })),
  'calibration.drift': method(NoInput, DriftView),
  /** Guidance proposed in calibration outcomes for a template's elements, newest first: for its next version. */
  'calibration.guidance': method(z.object({ templateId: Id }).strict(), z.array(GuidanceProposal)),
};
