import type { CoachingCounts, CoachingHome, SessionSummary } from '../../../shared/api/coaching';
import { dueWork, type ActionFact, type SessionFact } from '../../../shared/coaching/due';
import { currentReviewer } from '../settings/reviewer';
import type { CoachingDeps } from './deps';

/** Every session and action this install knows, own and colleagues', as the pure rules of shared/coaching/due.ts take them. */
function facts(deps: CoachingDeps): { sessions: SessionFact[]; actions: ActionFact[]; summaries: SessionSummary[] } {
  const names = new Map<string, string>();
  const agentOf = (agentId: string) => {
    const id = deps.identity.survivorOf(agentId);
    if (!names.has(id)) names.set(id, deps.repos.agents.get(id)?.name ?? 'Unknown agent');
    return { agentId: id, agentName: names.get(id)! };
  };
  /** A colleague's agent, as this install knows them (their own name when never met here). */
  const colleaguesAgent = (agentId: string, name: string) => {
    const local = deps.identity.attachedAgentOf(agentId);
    return local ? agentOf(local) : { agentId, agentName: name };
  };
  const own = deps.sessions.all();
  const sessions: SessionFact[] = own.map((s) => ({
    sessionId: s.id,
    ...agentOf(s.agentId),
    coachId: s.coachId,
    coachName: s.coachName,
    status: s.status === 'draft' ? 'draft' : 'completed',
    heldOn: s.heldOn,
    followUpOn: s.plan.followUpOn,
    completedAt: s.completedAt,
  }));
  const imported = deps.imported.sessions().filter((s) => !own.some((o) => o.id === s.sessionId));
  for (const s of imported) sessions.push({ ...s, ...colleaguesAgent(s.agentId, s.agentName), status: 'completed' });

  const actions: ActionFact[] = deps.actions.all().map((a) => ({
    actionId: a.id,
    sessionId: a.sessionId,
    ...agentOf(a.agentId),
    coachId: a.coachId,
    coachName: a.coachName,
    what: a.what,
    owner: a.owner,
    dueOn: a.dueOn,
    status: a.status,
    sessionCompleted: a.sessionStatus === 'completed',
  }));
  const ownActions = new Set(actions.map((a) => a.actionId));
  for (const a of deps.imported.actions()) {
    if (!ownActions.has(a.actionId)) actions.push({ ...a, agentId: a.agentName, sessionCompleted: true });
  }
  const summaries: SessionSummary[] = sessions.map((s) => ({
    id: s.sessionId,
    agentId: s.agentId,
    agentName: s.agentName,
    coachName: s.coachName,
    status: s.status,
    revision: own.find((o) => o.id === s.sessionId)?.revision ?? imported.find((i) => i.sessionId === s.sessionId)?.revision ?? 1,
    heldOn: s.heldOn,
    followUpOn: s.followUpOn,
    source: own.some((o) => o.id === s.sessionId) ? 'mine' : 'team',
  }));
  return { sessions, actions, summaries };
}

/** Sessions newest first, for one agent (and those merged into them) or all. */
export function sessionList(deps: CoachingDeps, agentId?: string): SessionSummary[] {
  const all = facts(deps).summaries;
  const wanted = agentId ? deps.identity.survivorOf(agentId) : null;
  return all.filter((s) => wanted === null || s.agentId === wanted).sort((a, b) => b.heldOn.localeCompare(a.heldOn));
}

/** The Coaching home (issue 8, item 4): what is open, due and overdue, for this install's coach and for each colleague's. */
export function homeOf(deps: CoachingDeps): CoachingHome {
  const coach = currentReviewer(deps.repos);
  const today = deps.today();
  const { sessions, actions, summaries } = facts(deps);
  const work = dueWork(sessions, actions, today);
  return {
    today,
    coach,
    drafts: summaries.filter((s) => s.status === 'draft'),
    followUpsDue: work.followUpsDue,
    followUpsOverdue: work.followUpsOverdue,
    actionsOverdue: work.actionsOverdue,
    coaches: work.coaches.map((c) => ({ ...c, me: c.coachId === coach?.id })),
    recent: [...summaries].sort((a, b) => b.heldOn.localeCompare(a.heldOn)).slice(0, 20),
  };
}

/** The navigation's counts: this install's coach's own work. */
export function countsOf(deps: CoachingDeps): CoachingCounts {
  const home = homeOf(deps);
  const mine = home.coaches.find((c) => c.me);
  return { overdue: (mine?.followUpsOverdue ?? 0) + (mine?.actionsOverdue ?? 0), due: mine?.followUpsDue ?? 0, drafts: mine?.drafts ?? 0 };
}
