import type { CoachingProfile, EvidenceMoment } from '../../../shared/api/coaching';
import { elementRatesOf, type VersionContent } from '../../../shared/coaching/element-rates';
import { findingsOf } from '../../../shared/coaching/findings';
import { defaultPeriod } from '../../../shared/coaching/period';
import type { Period } from '../../../shared/coaching/session';
import { elementsInOrder } from '../../../shared/reports/element-counts';
import type { ReportFilter } from '../../../shared/reports/filter';
import { daysBetween } from '../../../shared/reports/local-day';
import { meanFigure, minus, sumTotals, ZERO } from '../../../shared/reports/views/figures';
import { agentAndTeamMeans } from '../../../shared/reports/views/means';
import { trendOf } from '../../../shared/reports/views/trend';
import { answerLabel } from '../../../shared/scoring';
import type { AnswerValue } from '../../../shared/schemas/scorecard';
import { openActionsOf } from './actions';
import { resolveAgent, sameAgents } from './agent';
import type { CoachingDeps } from './deps';
import type { StoredMoment } from './store/evidence';

/** Newest moments shown in a profile; the rest are counted. */
export const MOMENTS_SHOWN = 200;
/** Periods up to this long are charted by week, longer ones by month. */
const WEEKLY_UP_TO_DAYS = 120;

/** The day after which a new session's default period starts: the last session with the agent held by this install. */
export function lastHeldOn(deps: CoachingDeps, agentIds: readonly string[]): { id: string; heldOn: string } | null {
  const last = deps.sessions.forAgents(agentIds).find((s) => s.status === 'completed' || s.revision > 1);
  return last ? { id: last.id, heldOn: last.heldOn } : null;
}

/**
 * One agent over a period (issue 8, item 2), from the reports' own reads of
 * the counted scorecards — this install's and colleagues', never calibration
 * ones — asked of one agent and then of the rest of their team.
 */
export function profileOf(deps: CoachingDeps, agentId: string, asked?: Period): CoachingProfile {
  const { q } = deps;
  const who = resolveAgent(deps, agentId, 'profile');
  const agents = sameAgents(deps, who.countsFor.id);
  const today = deps.today();
  const last = lastHeldOn(deps, agents);
  const period = asked ?? defaultPeriod(last?.heldOn ?? null, today);
  const mine: ReportFilter = { from: period.from, to: period.to, agentId: who.countsFor.id, source: 'all' };
  const team = who.countsFor.team;
  const theirs: ReportFilter = { from: period.from, to: period.to, source: 'all', ...(team ? { team } : {}) };

  // Everyone in the comparison as one team, so the verdict is the agent against all the others in it.
  const teamLabel = team || 'the agents';
  const totals = q.scores.totalsByAgent(theirs);
  const info = new Map(totals.map((t) => [t.agentId, { id: t.agentId, name: t.agentId === who.countsFor.id ? who.countsFor.name : '', team: teamLabel }]));
  const own = totals.find((t) => t.agentId === who.countsFor.id) ?? { agentId: who.countsFor.id, ...ZERO };
  if (!info.has(own.agentId)) info.set(own.agentId, { id: own.agentId, name: who.countsFor.name, team: teamLabel });
  const verdict = agentAndTeamMeans(totals.some((t) => t.agentId === own.agentId) ? totals : [...totals, own], info).agents.find((a) => a.agentId === own.agentId)!;

  const versions = new Map<string, VersionContent>();
  const versionOf = (id: string) => {
    if (!versions.has(id)) {
      const v = q.version(id);
      if (v) versions.set(id, { version: v.version, content: v.content });
    }
    return versions.get(id);
  };
  const agentElements = q.elements.elementTotalsByAgent(mine).get(who.countsFor.id) ?? new Map<string, Float64Array>();
  const teamElements = new Map<string, Float64Array>();
  for (const [id, byVersion] of q.elements.elementTotalsByAgent(theirs)) {
    if (id === who.countsFor.id) continue;
    for (const [versionId, counts] of byVersion) {
      const sum = teamElements.get(versionId);
      if (sum) counts.forEach((v, i) => (sum[i] = (sum[i] ?? 0) + v));
      else teamElements.set(versionId, Float64Array.from(counts));
    }
  }
  for (const id of new Set([...agentElements.keys(), ...teamElements.keys()])) versionOf(id);
  const rates = elementRatesOf(agentElements, teamElements.size ? teamElements : null, versions);

  const bandRows = q.scores.bandCounts(mine);
  const scored = bandRows.reduce((n, r) => n + r.n, 0);
  const evidence = deps.evidence.forAgent(who.countsFor.id, period.from, period.to, MOMENTS_SHOWN);

  return {
    agent: who.view,
    notices: who.notices,
    period,
    today,
    scorecards: deps.periods.counts(who.countsFor.id, period.from, period.to),
    score: meanFigure(own),
    team: {
      label: team ? `the rest of ${team}` : 'the other agents',
      figure: meanFigure(minus(sumTotals(totals), own)),
      verdict: verdict.verdict,
      sentence: verdict.sentence,
    },
    target: rates.target,
    trend: (() => {
      const by = daysBetween(period.from, period.to) < WEEKLY_UP_TO_DAYS ? 'week' : 'month';
      return { by, points: trendOf(q.scores.totalsByDay(mine), by) };
    })(),
    bands: bandRows.map((r) => ({ ...r, share: scored ? (r.n / scored) * 100 : 0 })).sort((a, b) => b.n - a.n),
    sections: rates.sections,
    elements: rates.elements,
    findings: findingsOf(rates.tallies, rates.target ?? 0),
    evidence: { total: evidence.total, moments: evidence.moments.map((m) => momentView(m, versionOf(m.templateVersionId)?.content)) },
    lastSession: last,
    draft: (() => {
      const d = deps.sessions.forAgents(agents).find((s) => s.status === 'draft');
      return d ? { id: d.id, heldOn: d.heldOn } : null;
    })(),
    openActions: openActionsOf(deps, agents, today),
  };
}

function momentView(m: StoredMoment, content: VersionContent['content'] | undefined): EvidenceMoment {
  const elements = content ? elementsInOrder(content) : [];
  const index = m.elementId === null ? -1 : elements.findIndex((e) => e.id === m.elementId);
  const element = index >= 0 ? elements[index] : undefined;
  const number = element && content ? numberOf(content, element.id) : null;
  const value = m.answer === null ? null : /^\d+$/.test(m.answer) ? Number(m.answer) : (m.answer as AnswerValue);
  return {
    id: m.id,
    scorecardId: m.scorecardId,
    revision: m.revision,
    source: m.source,
    occurredAt: m.occurredAt,
    day: m.day,
    reference: m.reference,
    reviewerName: m.reviewerName,
    elementId: m.elementId,
    elementNumber: number,
    elementLabel: m.elementId === null ? 'Whole review' : (element?.label ?? m.elementId),
    answer: element && value !== null ? answerLabel(element, value) : null,
    missed: m.missed,
    kind: m.kind,
    atSeconds: m.atSeconds,
    text: m.text,
    recording: m.source === 'team' ? 'colleague' : m.hasRecording ? 'attached' : 'none',
  };
}

function numberOf(content: VersionContent['content'], elementId: string): string | null {
  for (const [s, section] of content.sections.entries()) {
    const e = section.elements.findIndex((x) => x.id === elementId);
    if (e >= 0) return `${s + 1}.${e + 1}`;
  }
  return null;
}
