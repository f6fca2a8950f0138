import { ApiError, type ApiHandlers } from '../../../shared/api';
import type { ActionView } from '../../../shared/api/coaching';
import { daysBetween } from '../../../shared/reports/local-day';
import type { CoachingDeps } from './deps';
import type { ActionWithSession } from './store/actions';

const agentNameOf = (deps: CoachingDeps, agentId: string) => deps.repos.agents.get(deps.identity.survivorOf(agentId))?.name ?? 'Unknown agent';

export function actionView(deps: CoachingDeps, a: ActionWithSession, today: string): ActionView {
  const { sessionStatus: _, coachId: __, coachName: ___, ...action } = a;
  const late = a.status === 'open' && a.dueOn !== null && a.dueOn < today ? daysBetween(a.dueOn, today) : null;
  return { ...action, agentName: agentNameOf(deps, a.agentId), daysLate: late };
}

/** The agent's actions agreed in completed sessions and still open, oldest first: what carries over. */
export function openActionsOf(deps: CoachingDeps, agentIds: readonly string[], today: string): ActionView[] {
  return deps.actions
    .ofAgents(agentIds)
    .filter((a) => a.status === 'open' && a.sessionStatus === 'completed')
    .map((a) => actionView(deps, a, today));
}

/**
 * What carries over into a session: actions agreed in the agent's other
 * sessions, once completed, that are open — or that were closed since this
 * session was started, so marking one done in the session does not make it
 * vanish from it.
 */
export function carriedInto(deps: CoachingDeps, agentIds: readonly string[], sessionId: string, startedOn: string) {
  return deps.actions
    .ofAgents(agentIds)
    .filter((a) => a.sessionId !== sessionId && a.sessionStatus === 'completed' && (a.status === 'open' || (a.statusOn !== null && a.statusOn >= startedOn)))
    .map(({ agentId: _, agreedOn: __, sessionStatus: ___, coachId: ____, coachName: _____, ...action }) => action);
}

/** `coaching.actions.setStatus`: an action's life goes on after its session; done and dropped are dated. */
export function setStatusHandler(deps: CoachingDeps): ApiHandlers['coaching.actions.setStatus'] {
  return ({ actionId, status }) =>
    deps.ctx.db.transaction(() => {
      const action = deps.actions.get(actionId);
      if (!action) throw new ApiError('not_found', 'That action no longer exists.');
      const at = deps.ctx.now();
      const today = deps.today();
      deps.actions.setStatus(actionId, status, status === 'open' ? null : today, at);
      deps.sessions.touch(action.sessionId, at);
      const full = deps.actions.ofAgents([action.agentId]).find((a) => a.id === actionId)!;
      return { ...actionView(deps, full, today), savedAt: at };
    })();
}
