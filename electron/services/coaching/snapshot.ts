import type { DocumentFinding, SessionSnapshot } from '../../../shared/coaching/document';
import type { FindingView } from '../../../shared/api/coaching';
import { carriedInto } from './actions';
import { resolveAgent, sameAgents } from './agent';
import type { CoachingDeps } from './deps';
import { profileOf } from './profile';
import type { StoredSession } from './store/sessions';

const finding = (f: FindingView): DocumentFinding => ({ elementId: f.elementId, number: f.number, label: f.label, met: f.met, applicable: f.applicable, rate: f.rate });

/**
 * What a completed revision freezes: the plan, the actions agreed and those
 * reviewed, and the figures it was decided on — the period's scorecards, the
 * mean, strengths and needs — as they were when it was completed, so a
 * scorecard revised or imported later never rewrites what was discussed.
 */
export function snapshotOf(deps: CoachingDeps, session: StoredSession, completedAt: string): SessionSnapshot {
  const who = resolveAgent(deps, session.agentId, 'session');
  const profile = profileOf(deps, session.agentId, session.plan.period);
  const agents = sameAgents(deps, who.countsFor.id);
  const { id, name, team, organisationKey } = who.countsFor;
  return {
    sessionId: session.id,
    revision: session.revision,
    revisionReason: session.revisionReason,
    completedAt,
    coach: { id: session.coachId, name: session.coachName },
    agent: { id, name, team, ...(organisationKey ? { organisationKey } : {}) },
    heldOn: session.heldOn,
    plan: session.plan,
    scorecards: deps.periods.scorecards(who.countsFor.id, session.plan.period.from, session.plan.period.to),
    summary: { n: profile.score.n, mean: profile.score.mean, lower: profile.score.lower, upper: profile.score.upper },
    strengths: profile.findings.strengths.map(finding),
    needs: profile.findings.needs.map(finding),
    minimumEvidence: profile.findings.minimum,
    actions: [
      ...deps.actions.forSession(session.id).map((a) => ({ ...a, carried: false })),
      ...carriedInto(deps, agents, session.id, session.createdAt.slice(0, 10)).map((a) => ({ ...a, carried: true })),
    ],
  };
}
