import { z } from 'zod';
import { Channel } from '../schemas/interaction';
import { TemplateContent } from '../schemas/template';
import { CalibrationPerson, hashed, Id, IsoDateTime, Sha256 } from './common';

export const SESSION_FORMAT = 'callmark.calibration-session';

/** One person asked to score: matched to an install by reviewer id when the organiser knew it, else by name. */
export const Participant = z.object({
  key: Id,
  name: z.string().trim().min(1).max(200),
  reviewerId: Id.nullable(),
});
export type Participant = z.infer<typeof Participant>;

/**
 * The recording, fingerprinted. `inShare`: the organiser copied it into the
 * share (`calibration-recordings/<sha256><ext>`); otherwise each participant
 * links their own copy, and it must have this hash.
 */
export const SessionRecording = z.object({
  fileName: z.string().min(1).max(300),
  sha256: Sha256,
  sizeBytes: z.number().int().min(0),
  format: z.string(),
  formatLabel: z.string(),
  durationSeconds: z.number().min(0).nullable(),
  sampleRate: z.number().int().nullable(),
  channels: z.number().int().nullable(),
  inShare: z.boolean(),
});
export type SessionRecording = z.infer<typeof SessionRecording>;

/**
 * A calibration session as its organiser published it: the call, the exact
 * template version (with its content, so an install that never had it can
 * score against it), who scores, who is the reference, and by when.
 */
export const CalibrationSession = z
  .object({
    format: z.literal(SESSION_FORMAT),
    ...hashed,
    sessionId: Id,
    revision: z.literal(1),
    title: z.string().trim().min(1).max(200),
    publishedAt: IsoDateTime,
    dueAt: IsoDateTime.nullable(),
    organiser: CalibrationPerson,
    interaction: z.object({
      channel: Channel,
      occurredAt: IsoDateTime,
      reference: z.string().max(200),
      durationSeconds: z.number().int().min(0).nullable(),
      agent: z.object({ id: Id, name: z.string().min(1).max(200), team: z.string().max(200) }),
    }),
    recording: SessionRecording.nullable(),
    template: z.object({
      id: Id,
      versionId: Id,
      version: z.number().int().min(1),
      name: z.string(),
      contentHash: Sha256,
      content: TemplateContent,
    }),
    participants: z.array(Participant).min(2, { message: 'a calibration session needs at least two participants' }).max(50),
    referenceKey: Id.nullable(),
  })
  .superRefine((s, ctx) => {
    const keys = new Set<string>();
    const names = new Set<string>();
    s.participants.forEach((p, i) => {
      if (keys.has(p.key)) ctx.addIssue({ code: 'custom', message: 'a participant key is listed twice', path: ['participants', i, 'key'] });
      const name = p.name.toLocaleLowerCase();
      if (names.has(name)) ctx.addIssue({ code: 'custom', message: `"${p.name}" is listed twice`, path: ['participants', i, 'name'] });
      keys.add(p.key);
      names.add(name);
    });
    if (s.referenceKey !== null && !keys.has(s.referenceKey)) {
      ctx.addIssue({ code: 'custom', message: 'the reference scorer must be one of the participants', path: ['referenceKey'] });
    }
  });
export type CalibrationSession = z.infer<typeof CalibrationSession>;
