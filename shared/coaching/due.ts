import { addDays, daysBetween } from '../reports/local-day';
import type { ActionStatus } from './action';

/**
 * What a Coaching home lists (issue 8, item 4; seed 002's idea of work past
 * its SLA): per coach, the follow-ups coming due and those overdue, and the
 * agreed actions overdue. Pure: the backend hands in the facts and today.
 *
 * - A session's **follow-up** is due from SOON_DAYS before its date and
 *   overdue the day after, until a later session with the same agent is held
 *   or started (a draft counts: the follow-up is under way).
 * - An **action** is overdue when it is open, its session was completed (a
 *   draft's actions are not agreed yet) and its due date has passed.
 */
export const SOON_DAYS = 7;

export interface SessionFact {
  sessionId: string;
  /** The agent the session counts for (after merges), so a merge does not hide a follow-up. */
  agentId: string;
  agentName: string;
  coachId: string;
  coachName: string;
  status: 'draft' | 'completed';
  heldOn: string;
  followUpOn: string | null;
  /** Completed sessions in the order they happened; a draft has none. */
  completedAt: string | null;
}

export interface ActionFact {
  actionId: string;
  sessionId: string;
  agentId: string;
  agentName: string;
  coachId: string;
  coachName: string;
  what: string;
  owner: string;
  dueOn: string | null;
  status: ActionStatus;
  sessionCompleted: boolean;
}

export interface FollowUp {
  sessionId: string;
  agentId: string;
  agentName: string;
  coachId: string;
  coachName: string;
  heldOn: string;
  followUpOn: string;
  /** Days past the follow-up date (negative: days left). */
  daysLate: number;
}

export interface OverdueAction extends ActionFact {
  dueOn: string;
  daysLate: number;
}

export interface CoachLoad {
  coachId: string;
  coachName: string;
  drafts: number;
  followUpsDue: number;
  followUpsOverdue: number;
  actionsOverdue: number;
}

export interface DueWork {
  followUpsDue: FollowUp[];
  followUpsOverdue: FollowUp[];
  actionsOverdue: OverdueAction[];
  coaches: CoachLoad[];
}

const later = (a: SessionFact, b: SessionFact) => a.heldOn.localeCompare(b.heldOn) || (a.completedAt ?? '').localeCompare(b.completedAt ?? '');

export function dueWork(sessions: readonly SessionFact[], actions: readonly ActionFact[], today: string): DueWork {
  const byCoachAndAgent = new Map<string, SessionFact[]>();
  for (const s of sessions) {
    const key = `${s.coachId}|${s.agentId}`;
    byCoachAndAgent.set(key, [...(byCoachAndAgent.get(key) ?? []), s]);
  }
  const followUpsDue: FollowUp[] = [];
  const followUpsOverdue: FollowUp[] = [];
  for (const list of byCoachAndAgent.values()) {
    // A draft means the next session is under way: nothing to chase.
    if (list.some((s) => s.status === 'draft')) continue;
    const last = [...list].sort(later).pop()!;
    if (last.followUpOn === null) continue;
    const daysLate = daysBetween(last.followUpOn, today);
    const item: FollowUp = { ...pick(last), followUpOn: last.followUpOn, daysLate };
    if (daysLate > 0) followUpsOverdue.push(item);
    else if (last.followUpOn <= addDays(today, SOON_DAYS)) followUpsDue.push(item);
  }
  const actionsOverdue: OverdueAction[] = actions
    .filter((a): a is ActionFact & { dueOn: string } => a.status === 'open' && a.sessionCompleted && a.dueOn !== null && a.dueOn < today)
    .map((a) => ({ ...a, daysLate: daysBetween(a.dueOn, today) }));
  followUpsOverdue.sort((a, b) => b.daysLate - a.daysLate || a.agentName.localeCompare(b.agentName));
  followUpsDue.sort((a, b) => a.followUpOn.localeCompare(b.followUpOn) || a.agentName.localeCompare(b.agentName));
  actionsOverdue.sort((a, b) => b.daysLate - a.daysLate || a.agentName.localeCompare(b.agentName));

  const coaches = new Map<string, CoachLoad>();
  const load = (coachId: string, coachName: string) => {
    let c = coaches.get(coachId);
    if (!c) coaches.set(coachId, (c = { coachId, coachName, drafts: 0, followUpsDue: 0, followUpsOverdue: 0, actionsOverdue: 0 }));
    return c;
  };
  for (const s of sessions) if (s.status === 'draft') load(s.coachId, s.coachName).drafts++;
  for (const f of followUpsDue) load(f.coachId, f.coachName).followUpsDue++;
  for (const f of followUpsOverdue) load(f.coachId, f.coachName).followUpsOverdue++;
  for (const a of actionsOverdue) load(a.coachId, a.coachName).actionsOverdue++;
  return { followUpsDue, followUpsOverdue, actionsOverdue, coaches: [...coaches.values()].sort((a, b) => a.coachName.localeCompare(b.coachName)) };
}

const pick = (s: SessionFact) => ({ sessionId: s.sessionId, agentId: s.agentId, agentName: s.agentName, coachId: s.coachId, coachName: s.coachName, heldOn: s.heldOn });
