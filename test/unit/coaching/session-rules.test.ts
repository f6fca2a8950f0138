import { describe, expect, it } from 'vitest';
import { dueWork, SOON_DAYS, type ActionFact, type SessionFact } from '../../../shared/coaching/due';
import { defaultPeriod } from '../../../shared/coaching/period';
import { sessionProblems } from '../../../shared/coaching/problems';
import { emptyPlan } from '../../../shared/coaching/session';

const plan = emptyPlan({ from: '2026-11-01', to: '2026-11-30' });

describe('what stops a session from being completed', () => {
  it('is nothing for a session with scorecards, complete actions and dates on or after the session', () => {
    const actions = [{ id: 'a1', what: 'Offer the survey', owner: 'Ada', dueOn: '2026-12-10' }];
    const followed = { ...plan, followUpOn: '2026-12-10', acknowledgement: { acknowledged: true, on: '2026-12-01' } };
    expect(sessionProblems({ agentName: 'Ada Agent', heldOn: '2026-12-01', plan: followed, actions, scorecards: 3 })).toEqual([]);
  });

  it('names a period with no scorecards, each incomplete action and each date before the session', () => {
    const actions = [
      { id: 'a1', what: 'Offer the customer survey at the close of every single call', owner: '', dueOn: '2026-11-20' },
      { id: 'a2', what: '', owner: 'Ada', dueOn: null },
    ];
    const later = { ...plan, followUpOn: '2026-11-30', acknowledgement: { acknowledged: true, on: null } };
    const problems = sessionProblems({ agentName: 'Ada Agent', heldOn: '2026-12-01', plan: later, actions, scorecards: 0 });
    expect(problems.map((p) => p.message)).toEqual([
      'No completed scorecards of Ada Agent from 1 Nov 2026 to 30 Nov 2026: choose a period with at least one, since the session is built on them.',
      'Action 1 (“Offer the customer survey at the close o…”) has no owner: say who will do it.',
      'Action 1 (“Offer the customer survey at the close o…”) is due on 20 Nov 2026, before the session on 1 Dec 2026: choose that day or a later one.',
      'Action 2: say what is to be done.',
      'Action 2 has no due date.',
      'The follow-up on 30 Nov 2026 is before the session on 1 Dec 2026: choose that day or a later one.',
      'Say on which day the agent acknowledged the session.',
    ]);
    expect(problems.filter((p) => p.field === 'action').map((p) => p.actionId)).toEqual(['a1', 'a1', 'a2', 'a2']);
  });
});

describe('the default period of a new session', () => {
  it('runs from the day after the last session to today, or over the last 90 days before a first one', () => {
    expect(defaultPeriod('2026-11-10', '2026-12-04')).toEqual({ from: '2026-11-11', to: '2026-12-04' });
    expect(defaultPeriod('2026-12-04', '2026-12-04')).toEqual({ from: '2026-12-04', to: '2026-12-04' });
    expect(defaultPeriod(null, '2026-12-04')).toEqual({ from: '2026-09-06', to: '2026-12-04' });
  });
});

const session = (over: Partial<SessionFact>): SessionFact => ({
  sessionId: 's1',
  agentId: 'ada',
  agentName: 'Ada Agent',
  coachId: 'me',
  coachName: 'Rita Coach',
  status: 'completed',
  heldOn: '2026-11-10',
  followUpOn: '2026-12-01',
  completedAt: '2026-11-10T12:00:00.000Z',
  ...over,
});
const action = (over: Partial<ActionFact>): ActionFact => ({
  actionId: 'x1',
  sessionId: 's1',
  agentId: 'ada',
  agentName: 'Ada Agent',
  coachId: 'me',
  coachName: 'Rita Coach',
  what: 'Offer the survey',
  owner: 'Ada',
  dueOn: '2026-11-24',
  status: 'open',
  sessionCompleted: true,
  ...over,
});

describe('work due on the Coaching home', () => {
  it('moves a follow-up from due (a week before) to overdue (the day after), and an open action once its day has passed', () => {
    expect(SOON_DAYS).toBe(7);
    const sessions = [session({})];
    const actions = [action({}), action({ actionId: 'x2', dueOn: '2026-12-20' }), action({ actionId: 'x3', status: 'done' })];
    expect(dueWork(sessions, actions, '2026-11-20')).toMatchObject({ followUpsDue: [], followUpsOverdue: [], actionsOverdue: [] });
    expect(dueWork(sessions, actions, '2026-11-24').followUpsDue).toMatchObject([{ sessionId: 's1', followUpOn: '2026-12-01', daysLate: -7 }]);
    expect(dueWork(sessions, actions, '2026-12-01')).toMatchObject({ followUpsDue: [{ daysLate: 0 }], followUpsOverdue: [] });
    const later = dueWork(sessions, actions, '2026-12-02');
    expect(later.followUpsOverdue).toMatchObject([{ sessionId: 's1', daysLate: 1 }]);
    expect(later.actionsOverdue.map((a) => [a.actionId, a.daysLate])).toEqual([['x1', 8]]);
    expect(later.coaches).toEqual([{ coachId: 'me', coachName: 'Rita Coach', drafts: 0, followUpsDue: 0, followUpsOverdue: 1, actionsOverdue: 1 }]);
  });

  it('stops chasing a follow-up once a later session is held or started, and never counts a draft’s actions as agreed', () => {
    const done = [session({}), session({ sessionId: 's2', heldOn: '2026-12-03', followUpOn: null, completedAt: '2026-12-03T10:00:00.000Z' })];
    expect(dueWork(done, [], '2026-12-20').followUpsOverdue).toEqual([]);
    const started = [session({}), session({ sessionId: 's2', status: 'draft', heldOn: '2026-12-20', completedAt: null })];
    const work = dueWork(started, [action({ sessionId: 's2', sessionCompleted: false })], '2026-12-20');
    expect(work).toMatchObject({ followUpsOverdue: [], actionsOverdue: [] });
    expect(work.coaches).toMatchObject([{ coachId: 'me', drafts: 1 }]);
  });

  it('keeps each coach’s follow-ups apart, for a team leader reading colleagues’ sessions', () => {
    const sessions = [session({}), session({ sessionId: 't1', coachId: 'sam', coachName: 'Sam Coach', followUpOn: '2026-11-20' })];
    const work = dueWork(sessions, [], '2026-12-05');
    expect(work.followUpsOverdue.map((f) => [f.coachName, f.daysLate])).toEqual([
      ['Sam Coach', 15],
      ['Rita Coach', 4],
    ]);
    expect(work.coaches.map((c) => [c.coachName, c.followUpsOverdue])).toEqual([
      ['Rita Coach', 1],
      ['Sam Coach', 1],
    ]);
  });
});
