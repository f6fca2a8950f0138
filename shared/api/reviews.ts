import { z } from 'zod';
import { method } from './method';
import { Id, IsoDateTime, NonEmptyText } from '../schemas/common';
import { Agent } from '../schemas/people';
import { Interaction, InteractionFields } from '../schemas/interaction';
import { Answer, AnswerValue, MissingItem, ScoreResult, Scorecard, ScorecardRevision, ScorecardStatus } from '../schemas/scorecard';
import { TemplateVersion } from '../schemas/template';
import { OptionalPersonName } from '../people/names';

/** Element ids are template keys (at most 64 characters): anything longer is refused before it is echoed back. */
const ElementKey = z.string().min(1).max(64);

export const ReviewListItem = z.object({
  id: Id,
  status: ScorecardStatus,
  agentId: Id,
  agentName: z.string(),
  reviewerName: z.string(),
  templateName: z.string(),
  occurredAt: IsoDateTime,
  updatedAt: IsoDateTime,
  completedAt: IsoDateTime.nullable(),
  channel: Interaction.shape.channel,
  reference: z.string(),
  /** Rounded overall percentage; null when nothing applicable has been answered yet. */
  score: z.number().nullable(),
  bandId: z.string(),
  bandLabel: z.string(),
  /** At or above the template's target (also when nothing was applicable: never penalised). */
  meetsTarget: z.boolean(),
  provisional: z.boolean(),
  automaticFail: z.boolean(),
});
export type ReviewListItem = z.infer<typeof ReviewListItem>;

export const ReviewListQuery = z
  .object({
    agentId: Id.optional(),
    status: ScorecardStatus.optional(),
    /** Part of the interaction's reference, any case: "1002" finds CALL-1002. */
    search: z.string().trim().max(200, { message: 'a search is at most 200 characters' }).optional(),
    /**
     * Interactions that occurred at or after `from` and before `to`: instants, so the page sends the bounds of the
     * user's own local days (midnight to midnight where they are), never UTC days.
     */
    from: IsoDateTime.optional(),
    to: IsoDateTime.optional(),
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || Date.parse(q.from) < Date.parse(q.to), {
    message: 'from must be before to',
    path: ['to'],
  });
export type ReviewListQuery = z.input<typeof ReviewListQuery>;

export const ReviewListPage = z.object({ items: z.array(ReviewListItem), total: z.number().int() });
export type ReviewListPage = z.infer<typeof ReviewListPage>;

/** Everything the scoring screen needs in one round trip. */
export const ReviewDetail = z.object({
  scorecard: Scorecard,
  agent: Agent,
  interaction: Interaction,
  template: TemplateVersion,
  answers: z.array(Answer),
  score: ScoreResult,
  missing: z.array(MissingItem),
});
export type ReviewDetail = z.infer<typeof ReviewDetail>;

export const SaveResult = z.object({ savedAt: IsoDateTime, score: ScoreResult, missing: z.array(MissingItem) });
export type SaveResult = z.infer<typeof SaveResult>;

export const reviewsApi = {
  'reviews.list': method(ReviewListQuery, ReviewListPage),
  'reviews.create': method(
    z
      .object({
        agentId: Id,
        templateVersionId: Id,
        // Names are checked by the one rule (shared/people/names.ts): visible, and refused rather than cut when too long.
        interaction: InteractionFields.extend({
          reference: z.string().trim().max(200, { message: 'A reference is at most 200 characters' }).default(''),
          customerName: OptionalPersonName('Customer name').default(''),
        }),
      })
      .strict(),
    ReviewDetail,
  ),
  'reviews.get': method(z.object({ id: Id }).strict(), ReviewDetail),
  'reviews.setAnswer': method(
    z.object({ scorecardId: Id, elementId: ElementKey, value: AnswerValue.nullable() }).strict(),
    SaveResult,
  ),
  'reviews.setComment': method(
    z.object({ scorecardId: Id, elementId: ElementKey, text: z.string().max(20_000) }).strict(),
    SaveResult,
  ),
  'reviews.complete': method(z.object({ scorecardId: Id }).strict(), ReviewDetail),
  /** Deletes a first draft; a later revision's draft returns to the last completed revision. */
  'reviews.discardDraft': method(z.object({ scorecardId: Id }).strict(), z.object({ discarded: z.literal(true) })),
  /** Opens a completed scorecard as the draft of its next revision; the completed one stays in the history. */
  'reviews.revise': method(z.object({ scorecardId: Id, reason: NonEmptyText('A reason for the change', 2000) }).strict(), ReviewDetail),
  'reviews.history': method(z.object({ scorecardId: Id }).strict(), z.array(ScorecardRevision)),
};
