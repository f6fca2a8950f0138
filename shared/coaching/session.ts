import { z } from 'zod';
import { Id, IsoDateTime } from '../schemas/common';
import { LocalDay } from '../reports/filter';

/**
 * A one-to-one coaching session (issue 8, item 3): what the coach plans and
 * records, as it is stored, saved field by field while a draft, and frozen in
 * each completed revision. Agreed actions are kept apart (./action.ts) since
 * they outlive the session they were agreed in.
 */
export const LongText = (field: string) => z.string().max(20_000, { message: `${field} must be at most 20 000 characters` });

export const Period = z
  .object({ from: LocalDay, to: LocalDay })
  .refine((p) => p.from <= p.to, { message: 'the first day must not be after the last', path: ['to'] });
export type Period = z.infer<typeof Period>;

/** An element chosen to focus on, with its words as they were when chosen. */
export const FocusElement = z.object({ elementId: z.string().min(1).max(64), number: z.string().max(20), label: z.string().max(1000) });
export type FocusElement = z.infer<typeof FocusElement>;

/**
 * A moment of a scorecard picked to discuss, copied whole when picked, so the
 * session keeps what was shown even if the scorecard is revised later.
 */
export const PickedMoment = z
  .object({
    id: z.string().min(1).max(200),
    scorecardId: Id,
    source: z.enum(['mine', 'team']),
    occurredAt: IsoDateTime,
    /** The call's local day. */
    day: LocalDay,
    reference: z.string().max(200),
    reviewerName: z.string().max(200),
    elementId: z.string().max(64).nullable(),
    /** "1.3 Gives own name and team", or "Whole review". */
    elementLabel: z.string().max(1100),
    kind: z.enum(['note', 'comment']),
    atSeconds: z.number().min(0).nullable(),
    text: z.string().max(20_000),
    /** The element's answer in words ("Not met"), when it has one. */
    answer: z.string().max(200).nullable(),
  });
export type PickedMoment = z.infer<typeof PickedMoment>;

export const Acknowledgement = z.object({ acknowledged: z.boolean(), on: LocalDay.nullable() });
export type Acknowledgement = z.infer<typeof Acknowledgement>;

export const SessionPlan = z.object({
  period: Period,
  focusElements: z.array(FocusElement).max(100),
  talkingPoints: LongText('Talking points'),
  evidence: z.array(PickedMoment).max(200, { message: 'at most 200 moments can be picked' }),
  agentView: LongText("The agent's view"),
  followUpOn: LocalDay.nullable(),
  acknowledgement: Acknowledgement,
});
export type SessionPlan = z.infer<typeof SessionPlan>;

export const emptyPlan = (period: Period): SessionPlan => ({
  period,
  focusElements: [],
  talkingPoints: '',
  evidence: [],
  agentView: '',
  followUpOn: null,
  acknowledgement: { acknowledged: false, on: null },
});

/** One field of a draft's plan, as the page saves it: each field is its own queued change, the newest replacing one not yet sent. */
export const PlanChange = z.discriminatedUnion('field', [
  z.object({ field: z.literal('heldOn'), value: LocalDay }).strict(),
  z.object({ field: z.literal('period'), value: Period }).strict(),
  z.object({ field: z.literal('focusElements'), value: SessionPlan.shape.focusElements }).strict(),
  z.object({ field: z.literal('talkingPoints'), value: SessionPlan.shape.talkingPoints }).strict(),
  z.object({ field: z.literal('evidence'), value: SessionPlan.shape.evidence }).strict(),
  z.object({ field: z.literal('agentView'), value: SessionPlan.shape.agentView }).strict(),
  z.object({ field: z.literal('followUpOn'), value: LocalDay.nullable() }).strict(),
  z.object({ field: z.literal('acknowledgement'), value: Acknowledgement }).strict(),
]);
export type PlanChange = z.infer<typeof PlanChange>;

export const SessionStatus = z.enum(['draft', 'completed']);
export type SessionStatus = z.infer<typeof SessionStatus>;
