import { z } from 'zod';
import { AnswerValue } from '../schemas/scorecard';
import { CalibrationPerson, hashed, Id, IsoDateTime } from './common';

export const REVEAL_FORMAT = 'callmark.calibration-reveal';
export const OUTCOMES_FORMAT = 'callmark.calibration-outcomes';

/** The organiser opens the session before everyone has submitted: whoever submits after it is late. */
export const CalibrationReveal = z.object({
  format: z.literal(REVEAL_FORMAT),
  ...hashed,
  sessionId: Id,
  revision: z.literal(1),
  revealedAt: IsoDateTime,
  by: CalibrationPerson,
});
export type CalibrationReveal = z.infer<typeof CalibrationReveal>;

/** What the discussion of one element concluded, and the guidance it proposes for the template's next version. */
export const ElementOutcome = z.object({
  elementId: z.string().min(1).max(64),
  /** The answer the group agreed was right; null when the discussion did not settle one. */
  agreedAnswer: AnswerValue.nullable(),
  note: z.string().max(5000),
  /** Proposed guidance text for the element in the template's next version; null: no change proposed. */
  guidance: z.string().trim().min(1).max(5000).nullable(),
});
export type ElementOutcome = z.infer<typeof ElementOutcome>;

/** Every outcome recorded so far: each publication is a new revision holding the whole set, the latest counting. */
export const CalibrationOutcomes = z.object({
  format: z.literal(OUTCOMES_FORMAT),
  ...hashed,
  sessionId: Id,
  revision: z.number().int().min(1),
  recordedAt: IsoDateTime,
  by: CalibrationPerson,
  outcomes: z.array(ElementOutcome).max(5000),
});
export type CalibrationOutcomes = z.infer<typeof CalibrationOutcomes>;
