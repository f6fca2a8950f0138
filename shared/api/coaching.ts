import { z } from 'zod';
import { method, NoInput } from './method';
import { BandCount, MeanFigure, TrendPoint, Verdict } from './reports';
import { ActionFields, ActionStatus, SessionAction } from '../coaching/action';
import { SessionSnapshot } from '../coaching/document';
import { Period, PlanChange, SessionPlan, SessionStatus } from '../coaching/session';
import { LocalDay } from '../reports/filter';
import { Id, IsoDateTime, NonEmptyText } from '../schemas/common';

const Num = z.number().nullable();

/** The agent a profile or session is about, as it is now: a merge or deactivation since is said in `notices`. */
export const CoachedAgent = z.object({
  id: Id,
  name: z.string(),
  team: z.string(),
  active: z.boolean(),
  /** Where their scorecards count now, when they were merged into another agent. */
  mergedInto: z.object({ id: Id, name: z.string() }).nullable(),
});
export type CoachedAgent = z.infer<typeof CoachedAgent>;

export const ElementRate = z.object({
  elementId: z.string(),
  number: z.string(),
  label: z.string(),
  section: z.string(),
  met: z.number().int(),
  notMet: z.number().int(),
  notApplicable: z.number().int(),
  /** met ÷ (met + not met) × 100, with its 95 % Wilson range; null when never applicable. */
  rate: Num,
  lower: Num,
  upper: Num,
  /** The rest of the team in the same period; null when there is no one else. */
  teamRate: Num,
  belowTarget: z.boolean(),
});
export type ElementRate = z.infer<typeof ElementRate>;

export const SectionRate = z.object({ section: z.string(), met: z.number().int(), notMet: z.number().int(), rate: Num, teamRate: Num, belowTarget: z.boolean() });
export type SectionRate = z.infer<typeof SectionRate>;

export const FindingView = z.object({
  elementId: z.string(),
  number: z.string(),
  label: z.string(),
  section: z.string(),
  met: z.number().int(),
  applicable: z.number().int(),
  rate: z.number(),
  lower: z.number(),
  upper: z.number(),
  teamRate: Num,
  reason: z.string(),
});
export type FindingView = z.infer<typeof FindingView>;

export const Findings = z.object({
  strengths: z.array(FindingView),
  needs: z.array(FindingView),
  notJudged: z.array(z.object({ elementId: z.string(), number: z.string(), label: z.string(), applicable: z.number().int() })),
  /** No strength or need is drawn from fewer applicable answers than this. */
  minimum: z.number().int(),
});
export type Findings = z.infer<typeof Findings>;

/** A note, or a comment on an element not met, in one of the agent's counted scorecards. */
export const EvidenceMoment = z.object({
  id: z.string(),
  scorecardId: Id,
  revision: z.number().int(),
  source: z.enum(['mine', 'team']),
  occurredAt: IsoDateTime,
  day: LocalDay,
  reference: z.string(),
  reviewerName: z.string(),
  elementId: z.string().nullable(),
  elementNumber: z.string().nullable(),
  /** The element's label, or "Whole review". */
  elementLabel: z.string(),
  /** The element's answer in words ("Not met"), when it has one. */
  answer: z.string().nullable(),
  missed: z.boolean(),
  kind: z.enum(['note', 'comment']),
  atSeconds: Num,
  text: z.string(),
  /** Whether a recording is attached on this install ("colleague": scored elsewhere, its recording is not here). */
  recording: z.enum(['attached', 'none', 'colleague']),
});
export type EvidenceMoment = z.infer<typeof EvidenceMoment>;

export const ActionView = SessionAction.extend({
  agentId: Id,
  agentName: z.string(),
  /** The day of the session it was agreed in. */
  agreedOn: LocalDay,
  /** Open and past its due date: days late. */
  daysLate: z.number().int().nullable(),
});
export type ActionView = z.infer<typeof ActionView>;

export const CoachingProfile = z.object({
  agent: CoachedAgent,
  notices: z.array(z.string()),
  period: Period,
  today: LocalDay,
  scorecards: z.object({ total: z.number().int(), mine: z.number().int(), team: z.number().int() }),
  score: MeanFigure,
  /** The rest of the agent's team (everyone else when they have no team), and Welch's verdict against it. */
  team: z.object({ label: z.string(), figure: MeanFigure, verdict: Verdict, sentence: z.string() }),
  target: Num,
  trend: z.object({ by: z.enum(['week', 'month']), points: z.array(TrendPoint) }),
  bands: z.array(BandCount),
  sections: z.array(SectionRate),
  elements: z.array(ElementRate),
  findings: Findings,
  /** Newest first; at most `shown` of `total`. */
  evidence: z.object({ total: z.number().int(), moments: z.array(EvidenceMoment) }),
  lastSession: z.object({ id: Id, heldOn: LocalDay }).nullable(),
  draft: z.object({ id: Id, heldOn: LocalDay }).nullable(),
  openActions: z.array(ActionView),
});
export type CoachingProfile = z.infer<typeof CoachingProfile>;

export const SessionProblemView = z.object({
  field: z.enum(['period', 'action', 'followUpOn', 'acknowledgement']),
  actionId: z.string().optional(),
  message: z.string(),
});

export const SessionDetail = z.object({
  session: z.object({
    id: Id,
    status: SessionStatus,
    revision: z.number().int(),
    revisionReason: z.string().nullable(),
    heldOn: LocalDay,
    coach: z.object({ id: Id, name: z.string() }),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    completedAt: IsoDateTime.nullable(),
    /** "team": a colleague's session read from a share; always read-only. */
    source: z.enum(['mine', 'team']),
  }),
  agent: CoachedAgent,
  notices: z.array(z.string()),
  plan: SessionPlan,
  /** Agreed in this session. */
  actions: z.array(SessionAction),
  /** Agreed in an earlier session and reviewed in this one. */
  carried: z.array(SessionAction),
  /** Completed scorecards of the agent in the plan's period. */
  scorecards: z.number().int(),
  problems: z.array(SessionProblemView),
  readOnly: z.boolean(),
  /** The latest completed revision as it was frozen. */
  snapshot: SessionSnapshot.nullable(),
});
export type SessionDetail = z.infer<typeof SessionDetail>;

export const SessionSaved = z.object({ savedAt: IsoDateTime, problems: z.array(SessionProblemView), scorecards: z.number().int() });
export type SessionSaved = z.infer<typeof SessionSaved>;

export const SessionSummary = z.object({
  id: Id,
  agentId: Id,
  agentName: z.string(),
  coachName: z.string(),
  status: SessionStatus,
  revision: z.number().int(),
  heldOn: LocalDay,
  followUpOn: LocalDay.nullable(),
  source: z.enum(['mine', 'team']),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

const FollowUp = z.object({
  sessionId: Id,
  agentId: z.string(),
  agentName: z.string(),
  coachId: z.string(),
  coachName: z.string(),
  heldOn: LocalDay,
  followUpOn: LocalDay,
  daysLate: z.number().int(),
});
const OverdueAction = z.object({
  actionId: z.string(),
  sessionId: z.string(),
  agentId: z.string(),
  agentName: z.string(),
  coachId: z.string(),
  coachName: z.string(),
  what: z.string(),
  owner: z.string(),
  dueOn: LocalDay,
  status: ActionStatus,
  sessionCompleted: z.boolean(),
  daysLate: z.number().int(),
});

export const CoachingHome = z.object({
  today: LocalDay,
  coach: z.object({ id: Id, name: z.string() }).nullable(),
  drafts: z.array(SessionSummary),
  followUpsDue: z.array(FollowUp),
  followUpsOverdue: z.array(FollowUp),
  actionsOverdue: z.array(OverdueAction),
  /** Every coach with something open: this install's and colleagues' from their shared sessions. */
  coaches: z.array(
    z.object({ coachId: z.string(), coachName: z.string(), me: z.boolean(), drafts: z.number().int(), followUpsDue: z.number().int(), followUpsOverdue: z.number().int(), actionsOverdue: z.number().int() }),
  ),
  recent: z.array(SessionSummary),
});
export type CoachingHome = z.infer<typeof CoachingHome>;

export const CoachingCounts = z.object({ overdue: z.number().int(), due: z.number().int(), drafts: z.number().int() });
export type CoachingCounts = z.infer<typeof CoachingCounts>;

export const RecordingReach = z.object({
  scorecardId: Id,
  /** ok: plays here; missing or changed: moved or replaced since the note was taken; none: no recording; colleague: scored on another install. */
  status: z.enum(['ok', 'missing', 'changed', 'none', 'colleague']),
  message: z.string().nullable(),
});
export type RecordingReach = z.infer<typeof RecordingReach>;

const ForSession = z.object({ sessionId: Id }).strict();

/** The coach's workspace (issue 8, docs/coaching.md). */
export const coachingApi = {
  'coaching.home': method(NoInput, CoachingHome),
  /** What the navigation shows beside "Coaching": this install's coach's overdue and due work. */
  'coaching.counts': method(NoInput, CoachingCounts),
  /** One agent over a period (default: since their last session). */
  'coaching.profile': method(z.object({ agentId: Id, period: Period.optional() }).strict(), CoachingProfile),
  /** Whether the recordings behind evidence moments can be played here, cheaply (no decoding, no capability issued). */
  'coaching.recordings': method(z.object({ scorecardIds: z.array(Id).min(1).max(100) }).strict(), z.array(RecordingReach)),
  'coaching.sessions.list': method(z.object({ agentId: Id.optional() }).strict().default({}), z.array(SessionSummary)),
  /** A new draft session with the agent; its period defaults to since their last session. */
  'coaching.sessions.start': method(z.object({ agentId: Id, period: Period.optional() }).strict(), SessionDetail),
  'coaching.sessions.get': method(ForSession, SessionDetail),
  /** One field of a draft's plan. */
  'coaching.sessions.set': method(z.object({ sessionId: Id, change: PlanChange }).strict(), SessionSaved),
  /** Adds or changes an action agreed in this draft session, as typed. */
  'coaching.actions.save': method(z.object({ sessionId: Id, actionId: Id, ...ActionFields }).strict(), SessionSaved),
  'coaching.actions.remove': method(z.object({ sessionId: Id, actionId: Id }).strict(), SessionSaved),
  /** Open, done or dropped: an action's life goes on after its session is completed. */
  'coaching.actions.setStatus': method(z.object({ actionId: Id, status: ActionStatus }).strict(), ActionView.extend({ savedAt: IsoDateTime })),
  'coaching.sessions.complete': method(ForSession, SessionDetail),
  /** Opens a completed session as the draft of its next revision; the completed one stays in the history. */
  'coaching.sessions.revise': method(z.object({ sessionId: Id, reason: NonEmptyText('A reason for the change', 2000) }).strict(), SessionDetail),
  /** Deletes a first draft; a later revision's draft returns to the last completed revision. */
  'coaching.sessions.discardDraft': method(ForSession, z.object({ discarded: z.enum(['deleted', 'restored']) })),
  'coaching.sessions.history': method(ForSession, z.array(SessionSnapshot)),
};
