import { ApiError } from '../../../shared/api';
import type { CoachedAgent } from '../../../shared/api/coaching';
import type { Agent } from '../../../shared/schemas/people';
import type { CoachingDeps } from './deps';

export interface ResolvedAgent {
  /** As asked for (a session keeps the agent it was started with). */
  agent: Agent;
  /** Where their scorecards count now: themselves, or the agent they were merged into. */
  countsFor: Agent;
  view: CoachedAgent;
  /** A merge or a deactivation since, in words (issue 8, bad input): shown, never silently applied. */
  notices: string[];
}

export function resolveAgent(deps: CoachingDeps, agentId: string, what: 'profile' | 'session'): ResolvedAgent {
  const agent = deps.repos.agents.get(agentId);
  if (!agent) throw new ApiError('not_found', 'That agent no longer exists.');
  const countsFor = deps.repos.agents.get(deps.identity.survivorOf(agentId)) ?? agent;
  const notices: string[] = [];
  if (countsFor.id !== agent.id) {
    notices.push(
      what === 'session'
        ? `${agent.name} was merged into ${countsFor.name} after this session was started: their scorecards count for ${countsFor.name} now, and this session reads them there.`
        : `${agent.name} was merged into ${countsFor.name}: their scorecards count for ${countsFor.name} now, and this profile shows them.`,
    );
  }
  if (!countsFor.active) {
    notices.push(
      what === 'session'
        ? `${countsFor.name} is deactivated: this session can still be finished, but no new one can be started until they are reactivated.`
        : `${countsFor.name} is deactivated: their profile can be read, but no new session can be started until they are reactivated.`,
    );
  }
  return {
    agent,
    countsFor,
    view: {
      id: agent.id,
      name: agent.name,
      team: countsFor.team,
      active: countsFor.active,
      mergedInto: countsFor.id !== agent.id ? { id: countsFor.id, name: countsFor.name } : null,
    },
    notices,
  };
}

/** The agent and every agent merged into them: their sessions and actions are this agent's. */
export function sameAgents(deps: CoachingDeps, countsForId: string): string[] {
  return deps.repos.agents
    .list(true, true)
    .filter((a) => a.id === countsForId || deps.identity.survivorOf(a.id) === countsForId)
    .map((a) => a.id);
}
