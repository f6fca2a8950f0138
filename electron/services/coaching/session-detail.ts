import { ApiError } from '../../../shared/api';
import type { SessionDetail } from '../../../shared/api/coaching';
import type { CoachingSessionDocument } from '../../../shared/coaching/document';
import { sessionProblems } from '../../../shared/coaching/problems';
import { carriedInto } from './actions';
import { resolveAgent, sameAgents, type ResolvedAgent } from './agent';
import type { CoachingDeps } from './deps';
import type { StoredSession } from './store/sessions';

export function requireSession(deps: CoachingDeps, sessionId: string): StoredSession {
  const session = deps.sessions.get(sessionId);
  if (!session) throw new ApiError('not_found', 'That coaching session no longer exists.');
  return session;
}

export function requireDraftSession(deps: CoachingDeps, sessionId: string): StoredSession {
  const session = requireSession(deps, sessionId);
  if (session.status !== 'draft') throw new ApiError('read_only', 'This session is completed and read-only: revise it to change it.');
  return session;
}

/** The problems and scorecard count of a session as it stands (issue 8, bad input). */
export function problemsOf(deps: CoachingDeps, session: StoredSession, who: ResolvedAgent = resolveAgent(deps, session.agentId, 'session')) {
  const scorecards = deps.periods.counts(who.countsFor.id, session.plan.period.from, session.plan.period.to).total;
  const problems = sessionProblems({ agentName: who.countsFor.name, heldOn: session.heldOn, plan: session.plan, actions: deps.actions.forSession(session.id), scorecards });
  return { scorecards, problems };
}

export function detailOf(deps: CoachingDeps, sessionId: string): SessionDetail {
  const session = deps.sessions.get(sessionId);
  if (!session) {
    const doc = deps.imported.document(sessionId);
    if (!doc) throw new ApiError('not_found', 'That coaching session no longer exists.');
    return importedDetail(deps, doc);
  }
  const who = resolveAgent(deps, session.agentId, 'session');
  const snapshot = deps.sessions.revisions(session.id).pop() ?? null;
  const draft = session.status === 'draft';
  const { scorecards, problems } = problemsOf(deps, session, who);
  return {
    session: {
      id: session.id,
      status: session.status,
      revision: session.revision,
      revisionReason: session.revisionReason,
      heldOn: session.heldOn,
      coach: { id: session.coachId, name: session.coachName },
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
      completedAt: session.completedAt,
      source: 'mine',
    },
    agent: who.view,
    notices: draft ? who.notices : [],
    plan: session.plan,
    actions: deps.actions.forSession(session.id),
    // A completed session shows what it reviewed; a draft what would carry over now.
    carried: draft
      ? carriedInto(deps, sameAgents(deps, who.countsFor.id), session.id, session.createdAt.slice(0, 10))
      : (snapshot?.actions.filter((a) => a.carried).map(({ carried: _, ...a }) => a) ?? []),
    scorecards,
    problems: draft ? problems : [],
    readOnly: !draft,
    snapshot,
  };
}

/** A colleague's session as its latest document says: read-only on this install. */
function importedDetail(deps: CoachingDeps, doc: CoachingSessionDocument): SessionDetail {
  const localId = deps.identity.attachedAgentOf(doc.agent.id);
  const local = localId ? deps.repos.agents.get(deps.identity.survivorOf(localId)) : null;
  const { format: _, formatVersion: __, contentHash: ___, origin: ____, ...snapshot } = doc;
  return {
    session: {
      id: doc.sessionId,
      status: 'completed',
      revision: doc.revision,
      revisionReason: doc.revisionReason,
      heldOn: doc.heldOn,
      coach: doc.coach,
      createdAt: doc.completedAt,
      updatedAt: doc.completedAt,
      completedAt: doc.completedAt,
      source: 'team',
    },
    agent: local
      ? { id: local.id, name: local.name, team: local.team, active: local.active, mergedInto: null }
      : { id: doc.agent.id, name: doc.agent.name, team: doc.agent.team, active: true, mergedInto: null },
    notices: [],
    plan: doc.plan,
    actions: doc.actions.filter((a) => !a.carried).map(({ carried: _c, ...a }) => a),
    carried: doc.actions.filter((a) => a.carried).map(({ carried: _c, ...a }) => a),
    scorecards: doc.scorecards.length,
    problems: [],
    readOnly: true,
    snapshot,
  };
}
