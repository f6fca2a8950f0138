import { ApiError, type ApiHandlers } from '../../../shared/api';
import { coachingSessionKind } from '../../../shared/sync/kinds/coaching';
import { defaultPeriod } from '../../../shared/coaching/period';
import { emptyPlan, type SessionPlan } from '../../../shared/coaching/session';
import { currentReviewer } from '../settings/reviewer';
import { resolveAgent, sameAgents } from './agent';
import type { CoachingDeps } from './deps';
import { lastHeldOn } from './profile';
import { detailOf, problemsOf, requireDraftSession, requireSession } from './session-detail';
import { snapshotOf } from './snapshot';

type Methods =
  | 'coaching.sessions.start'
  | 'coaching.sessions.get'
  | 'coaching.sessions.set'
  | 'coaching.actions.save'
  | 'coaching.actions.remove'
  | 'coaching.sessions.complete'
  | 'coaching.sessions.revise'
  | 'coaching.sessions.discardDraft'
  | 'coaching.sessions.history';

/**
 * One-to-one sessions (issue 8, item 3): a draft saved field by field through
 * the page's ordered queue, completed (which locks it and sends it through
 * sync as its own kind), revised with a reason, or discarded.
 */
export function sessionHandlers(deps: CoachingDeps): Pick<ApiHandlers, Methods> {
  const { ctx } = deps;
  /** A change to a draft and the problems it leaves, together or not at all. */
  const saveDraft = (sessionId: string, write: (at: string, plan: SessionPlan, heldOn: string) => void) =>
    ctx.db.transaction(() => {
      const session = requireDraftSession(deps, sessionId);
      const at = ctx.now();
      write(at, session.plan, session.heldOn);
      deps.sessions.touch(sessionId, at);
      return { savedAt: at, ...problemsOf(deps, requireSession(deps, sessionId)) };
    })();

  return {
    'coaching.sessions.start': ({ agentId, period }) => {
      const coach = currentReviewer(deps.repos);
      if (!coach) throw new ApiError('conflict', 'Enter your name first: it is recorded on the session as its coach.');
      const id = ctx.newId();
      ctx.db.transaction(() => {
        const who = resolveAgent(deps, agentId, 'profile');
        if (who.countsFor.id !== who.agent.id) throw new ApiError('conflict', `${who.agent.name} was merged into ${who.countsFor.name}: start the session from ${who.countsFor.name}'s profile.`);
        if (!who.agent.active) throw new ApiError('conflict', `${who.agent.name} is deactivated: reactivate them to start a session.`);
        const agents = sameAgents(deps, who.agent.id);
        const open = deps.sessions.forAgents(agents).find((s) => s.status === 'draft');
        if (open) throw new ApiError('conflict', `A session with ${who.agent.name} is already open (started for ${open.heldOn}): carry on with it, or discard it first.`);
        const today = deps.today();
        const plan = emptyPlan(period ?? defaultPeriod(lastHeldOn(deps, agents)?.heldOn ?? null, today));
        deps.sessions.insert({ id, agentId, coachId: coach.id, coachName: coach.name, heldOn: today, plan, at: ctx.now() });
      })();
      return detailOf(deps, id);
    },

    'coaching.sessions.get': ({ sessionId }) => detailOf(deps, sessionId),

    'coaching.sessions.set': ({ sessionId, change }) =>
      saveDraft(sessionId, (at, plan, heldOn) => {
        if (change.field === 'heldOn') deps.sessions.savePlan(sessionId, change.value, plan, at);
        else deps.sessions.savePlan(sessionId, heldOn, { ...plan, [change.field]: change.value }, at);
      }),

    'coaching.actions.save': ({ sessionId, actionId, what, owner, dueOn }) =>
      saveDraft(sessionId, (at) => {
        const session = requireSession(deps, sessionId);
        const existing = deps.actions.get(actionId);
        if (existing && existing.sessionId !== sessionId) throw new ApiError('conflict', 'That action was agreed in another session: change its status here, or its words in that session.');
        deps.actions.save({ id: actionId, sessionId, agentId: session.agentId, what, owner, dueOn }, at, existing !== null);
      }),

    'coaching.actions.remove': ({ sessionId, actionId }) =>
      saveDraft(sessionId, () => {
        const existing = deps.actions.get(actionId);
        if (existing && existing.sessionId !== sessionId) throw new ApiError('conflict', 'That action was agreed in another session: drop it instead.');
        deps.actions.remove(sessionId, actionId);
      }),

    'coaching.sessions.complete': ({ sessionId }) => {
      ctx.db.transaction(() => {
        const session = requireDraftSession(deps, sessionId);
        const { problems } = problemsOf(deps, session);
        if (problems.length) {
          throw new ApiError('incomplete', `This session cannot be completed yet: ${problems.length} thing${problems.length === 1 ? '' : 's'} to put right.`, problems);
        }
        deps.sessions.complete(sessionId, snapshotOf(deps, session, ctx.now()));
        ctx.hooks.completed.run({ kind: coachingSessionKind.kind, documentId: sessionId, revision: session.revision });
      })();
      return detailOf(deps, sessionId);
    },

    'coaching.sessions.revise': ({ sessionId, reason }) => {
      const coach = currentReviewer(deps.repos);
      if (!coach) throw new ApiError('conflict', 'Enter your name first: it is recorded on the new revision.');
      ctx.db.transaction(() => {
        const session = requireSession(deps, sessionId);
        if (session.status !== 'completed') throw new ApiError('conflict', 'This session is still a draft: change it directly.');
        deps.sessions.reopen(sessionId, { reason, coachId: coach.id, coachName: coach.name, at: ctx.now() });
      })();
      return detailOf(deps, sessionId);
    },

    'coaching.sessions.discardDraft': ({ sessionId }) =>
      ctx.db.transaction(() => {
        const session = requireDraftSession(deps, sessionId);
        const previous = session.revision > 1 ? deps.sessions.revision(sessionId, session.revision - 1) : null;
        if (!previous) {
          deps.sessions.removeDraft(sessionId);
          return { discarded: 'deleted' as const };
        }
        // Back to the last completed revision: its plan, and its actions' words; statuses set since stay, being the actions' own life.
        const agreed = previous.actions.filter((a) => !a.carried);
        const at = ctx.now();
        for (const a of deps.actions.forSession(sessionId)) if (!agreed.some((p) => p.id === a.id)) deps.actions.remove(sessionId, a.id);
        for (const a of agreed) {
          const kept = deps.actions.get(a.id) !== null;
          deps.actions.save({ id: a.id, sessionId, agentId: session.agentId, what: a.what, owner: a.owner, dueOn: a.dueOn }, at, kept);
          if (!kept) deps.actions.setStatus(a.id, a.status, a.statusOn, at);
        }
        deps.sessions.restore(sessionId, previous, at);
        return { discarded: 'restored' as const };
      })(),

    'coaching.sessions.history': ({ sessionId }) => {
      requireSession(deps, sessionId);
      return deps.sessions.revisions(sessionId);
    },
  };
}
