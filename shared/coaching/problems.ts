import type { SessionAction } from './action';
import type { SessionPlan } from './session';
import { dayWords, periodWords } from './words';

/** Why a session cannot be completed yet: which part, and what to do, in words. */
export interface SessionProblem {
  field: 'period' | 'action' | 'followUpOn' | 'acknowledgement';
  /** The action concerned, for `action`. */
  actionId?: string;
  message: string;
}

export interface SessionFacts {
  agentName: string;
  heldOn: string;
  plan: SessionPlan;
  /** The actions agreed in this session, in order (carried-over ones were checked when they were agreed). */
  actions: readonly Pick<SessionAction, 'id' | 'what' | 'owner' | 'dueOn'>[];
  /** Completed scorecards of the agent in the plan's period. */
  scorecards: number;
}

const quote = (text: string) => {
  const t = text.trim();
  return t.length > 40 ? `“${t.slice(0, 40)}…”` : `“${t}”`;
};

/**
 * Everything that stops a draft session from being completed (issue 8, bad
 * input). A draft keeps whatever was typed — nothing is lost while the coach
 * is still writing — and these are shown beside the fields as they are typed
 * and listed when completing is tried.
 */
export function sessionProblems(s: SessionFacts): SessionProblem[] {
  const problems: SessionProblem[] = [];
  if (s.scorecards === 0) {
    problems.push({
      field: 'period',
      message: `No completed scorecards of ${s.agentName} from ${periodWords(s.plan.period)}: choose a period with at least one, since the session is built on them.`,
    });
  }
  s.actions.forEach((a, i) => {
    const name = a.what.trim() ? `Action ${i + 1} (${quote(a.what)})` : `Action ${i + 1}`;
    const add = (message: string) => problems.push({ field: 'action', actionId: a.id, message });
    if (!a.what.trim()) add(`${name}: say what is to be done.`);
    if (!a.owner.trim()) add(`${name} has no owner: say who will do it.`);
    if (a.dueOn === null) add(`${name} has no due date.`);
    else if (a.dueOn < s.heldOn) add(`${name} is due on ${dayWords(a.dueOn)}, before the session on ${dayWords(s.heldOn)}: choose that day or a later one.`);
  });
  const { followUpOn, acknowledgement } = s.plan;
  if (followUpOn !== null && followUpOn < s.heldOn) {
    problems.push({ field: 'followUpOn', message: `The follow-up on ${dayWords(followUpOn)} is before the session on ${dayWords(s.heldOn)}: choose that day or a later one.` });
  }
  if (acknowledgement.acknowledged && acknowledgement.on === null) {
    problems.push({ field: 'acknowledgement', message: 'Say on which day the agent acknowledged the session.' });
  } else if (acknowledgement.acknowledged && acknowledgement.on !== null && acknowledgement.on < s.heldOn) {
    problems.push({ field: 'acknowledgement', message: `The acknowledgement on ${dayWords(acknowledgement.on)} is before the session on ${dayWords(s.heldOn)}.` });
  }
  return problems;
}
