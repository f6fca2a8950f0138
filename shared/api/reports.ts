import { z } from 'zod';
import { method } from './method';
import { Id, IsoDateTime } from '../schemas/common';
import { Channel } from '../schemas/interaction';
import { LocalDay, ReportFilter } from '../reports/filter';

const Num = z.number().nullable();

/** A mean with its n and 95 % interval (null ends when n < 2: one score has no spread). */
export const MeanFigure = z.object({ n: z.number().int(), mean: Num, lower: Num, upper: Num });
export type MeanFigure = z.infer<typeof MeanFigure>;

export const Verdict = z.enum(['different', 'not_different', 'insufficient']);

export const AgentMean = MeanFigure.extend({
  agentId: Id,
  name: z.string(),
  team: z.string(),
  /** Against the rest of the agent's team (without them): Welch's t-test at 5 %. */
  verdict: Verdict,
  /** The verdict in plain words, with the numbers. */
  sentence: z.string(),
});
export type AgentMean = z.infer<typeof AgentMean>;

export const TeamMean = MeanFigure.extend({ team: z.string(), agents: z.number().int() });
export type TeamMean = z.infer<typeof TeamMean>;

export const BandCount = z.object({ label: z.string(), n: z.number().int(), share: z.number() });
export type BandCount = z.infer<typeof BandCount>;

export const TrendPoint = MeanFigure.extend({ period: z.string(), label: z.string() });
export type TrendPoint = z.infer<typeof TrendPoint>;

/** A template's new version first used inside the trend, and whether the line reads across it (said at the change). */
export const VersionChange = z.object({ period: z.string(), label: z.string(), template: z.string(), version: z.number().int(), continues: z.boolean(), sentence: z.string() });
export type VersionChange = z.infer<typeof VersionChange>;
export const Trend = z.object({ points: z.array(TrendPoint), changes: z.array(VersionChange) });
export type Trend = z.infer<typeof Trend>;

export const HeatElement = z.object({ elementId: z.string(), label: z.string(), section: z.string(), passRate: Num, answered: z.number().int() });
export const HeatCell = z.object({
  agentId: Id,
  elementId: z.string(),
  answered: z.number().int(),
  met: z.number().int(),
  notMet: z.number().int(),
  notApplicable: z.number().int(),
  /** met ÷ (met + not met); null when it was never applicable. */
  passRate: Num,
});
export type HeatCell = z.infer<typeof HeatCell>;
export const ElementHeatMap = z.object({
  /** Worst pass rate first. */
  elements: z.array(HeatElement),
  /** Worst overall pass rate first. */
  agents: z.array(z.object({ agentId: Id, name: z.string(), passRate: Num })),
  cells: z.array(HeatCell),
  /** The template's target, a percentage: pass rates below it are flagged. */
  target: Num,
  /** Where the figures were read from: the element facts, or each counted scorecard's stored answers (a reviewer or channel filter). */
  readFrom: z.enum(['facts', 'scorecards']),
});
export type ElementHeatMap = z.infer<typeof ElementHeatMap>;

export const ReviewerComparison = z.object({
  reviewerId: z.string(),
  name: z.string(),
  agents: z.number().int(),
  own: MeanFigure,
  /** Everyone else's scorecards of the same agents, in the same filter. */
  others: MeanFigure,
  verdict: Verdict,
  sentence: z.string(),
});
export type ReviewerComparison = z.infer<typeof ReviewerComparison>;

export const AgentVolume = z.object({
  agentId: Id,
  name: z.string(),
  team: z.string(),
  /** Completed scorecards per month, one entry per month of `months`. */
  counts: z.array(z.number().int()),
  total: z.number().int(),
  /** Months in the range below the monthly target. */
  monthsBelowTarget: z.number().int(),
});
export const VolumeReport = z.object({ months: z.array(z.string()), target: z.number().int(), agents: z.array(AgentVolume) });
export type VolumeReport = z.infer<typeof VolumeReport>;

export const StaleDraft = z.object({
  scorecardId: Id,
  agentName: z.string(),
  reviewerName: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  revision: z.number().int(),
  /** Whole days since it was opened. */
  days: z.number().int(),
});
export type StaleDraft = z.infer<typeof StaleDraft>;

/** Which cell of a view a drill-down lists the scorecards of. */
export const ReportCell = z
  .object({
    agentId: Id.optional(),
    team: z.string().max(200).optional(),
    band: z.string().max(500).optional(),
    /** A week (its Monday) or a month ('YYYY-MM'). */
    period: z.string().max(10).optional(),
    reviewerId: z.string().max(100).optional(),
    elementId: z.string().max(64).optional(),
  })
  .strict();
export type ReportCell = z.infer<typeof ReportCell>;

export const ReportScorecard = z.object({
  scorecardId: Id,
  revision: z.number().int(),
  source: z.enum(['mine', 'team']),
  agentName: z.string(),
  team: z.string(),
  reviewerName: z.string(),
  day: LocalDay,
  occurredAt: IsoDateTime,
  channel: z.string(),
  reference: z.string(),
  percent: Num,
  band: z.string(),
  automaticFail: z.boolean(),
  /** The element's answer, when the cell is an element's. */
  answer: z.string().nullable(),
});
export type ReportScorecard = z.infer<typeof ReportScorecard>;

export const Satisfaction = z.object({
  agents: z.array(z.object({ agentId: Id, name: z.string(), qa: MeanFigure, satisfaction: MeanFigure })),
  months: z.array(z.object({ month: z.string(), qa: MeanFigure, satisfaction: MeanFigure })),
  /** Over interactions with both a QA score and a survey rating. */
  correlation: z.object({ n: z.number().int(), r: Num, lower: Num, upper: Num, rho: Num, reason: z.string().nullable() }),
  responses: z.number().int(),
  unmatched: z.number().int(),
});
export type Satisfaction = z.infer<typeof Satisfaction>;

export const ReportSettings = z.object({
  /** Completed scorecards expected per agent per month (seed 004 monitors a set number of contacts a month). */
  monthlyTarget: z.number().int().min(0).max(1000),
  /** A draft open longer than this many days is listed as overdue. */
  draftDays: z.number().int().min(1).max(365),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

export const ReportOptions = z.object({
  teams: z.array(z.string()),
  agents: z.array(z.object({ id: Id, name: z.string(), team: z.string() })),
  reviewers: z.array(z.object({ id: z.string(), name: z.string() })),
  versions: z.array(z.object({ id: z.string(), name: z.string(), version: z.number().int() })),
  channels: z.array(Channel),
  /** The first and last local day with a counted scorecard. */
  first: LocalDay.nullable(),
  last: LocalDay.nullable(),
  today: LocalDay,
  timeZone: z.string(),
  settings: ReportSettings,
});
export type ReportOptions = z.infer<typeof ReportOptions>;

export const DashboardSummary = z.object({
  from: LocalDay,
  to: LocalDay,
  overall: MeanFigure,
  bands: z.array(BandCount),
  staleDrafts: z.number().int(),
  draftDays: z.number().int(),
  proposals: z.number().int(),
  belowTarget: z.array(AgentMean),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;

export const CheckReport = z.object({
  scoresChecked: z.number().int(),
  scoreDifferences: z.array(z.object({ scorecardId: z.string(), revision: z.number().int(), differences: z.array(z.string()) })),
  factRowsChecked: z.number().int(),
  factDifferences: z.array(z.string()),
});
export type CheckReport = z.infer<typeof CheckReport>;

const Filtered = z.object({ filter: ReportFilter }).strict();

export const reportsApi = {
  'reports.options': method(z.object({}).strict().default({}), ReportOptions),
  'reports.setSettings': method(ReportSettings.strict(), ReportSettings),
  'reports.means': method(Filtered, z.object({ teams: z.array(TeamMean), agents: z.array(AgentMean) })),
  'reports.bands': method(Filtered, z.array(BandCount)),
  'reports.trend': method(z.object({ filter: ReportFilter, by: z.enum(['week', 'month']) }).strict(), Trend),
  'reports.elements': method(Filtered, ElementHeatMap),
  'reports.reviewers': method(Filtered, z.array(ReviewerComparison)),
  'reports.volume': method(Filtered, VolumeReport),
  'reports.staleDrafts': method(z.object({ olderThanDays: z.number().int().min(1).max(365) }).strict(), z.array(StaleDraft)),
  'reports.scorecards': method(
    z.object({ filter: ReportFilter, cell: ReportCell, limit: z.number().int().min(1).max(500).default(100) }).strict(),
    z.object({ items: z.array(ReportScorecard), total: z.number().int() }),
  ),
  'reports.satisfaction': method(Filtered, Satisfaction),
  'reports.summary': method(z.object({}).strict().default({}), DashboardSummary),
  /** Recomputes every stored score with the engine and every fact from scratch, and lists any difference. Changes nothing. */
  'reports.check': method(z.object({}).strict().default({}), CheckReport),
  /** Builds the facts again from the stored scorecards and imports. */
  'reports.rebuild': method(z.object({}).strict().default({}), z.object({ scorecards: z.number().int() })),
};
