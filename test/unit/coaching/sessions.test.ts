import { describe, expect, it } from 'vitest';
import { installs, nov, NOVEMBER, type Install } from './support';

const install = installs();
const ACTION_1 = '3a7f2c10-5b4e-4d2a-8f61-0c9e8d7b6a51';
const ACTION_2 = '9c1e4b7d-2f3a-4e5b-8c6d-7a8b9c0d1e2f';

async function coachWithAda(): Promise<{ rita: Install; ada: string }> {
  const rita = await install('Rita Coach');
  const ada = await rita.agent('Ada Agent', 'North');
  for (let d = 2; d <= 7; d++) await rita.score(ada, nov(d), { notMet: d <= 6 ? ['welcome-1'] : [] });
  return { rita, ada };
}

const refusal = async (s: Install, method: Parameters<Install['refuse']>[0], input: unknown) => {
  const envelope = await s.refuse(method, input);
  if (envelope.ok) throw new Error(`${method} was accepted`);
  return envelope.error;
};

describe('a one-to-one session', () => {
  it('saves a draft field by field as typed, refuses to complete while anything is wrong (naming it), and loses nothing', async () => {
    const { rita, ada } = await coachWithAda();
    const started = await rita.call('coaching.sessions.start', { agentId: ada, period: NOVEMBER });
    const id = started.session.id;
    expect(started).toMatchObject({ session: { status: 'draft', revision: 1, heldOn: '2026-12-01', coach: { name: 'Rita Coach' } }, scorecards: 6, problems: [] });

    await rita.call('coaching.sessions.set', { sessionId: id, change: { field: 'focusElements', value: [{ elementId: 'welcome-1', number: '1.1', label: 'Greeting' }] } });
    await rita.call('coaching.sessions.set', { sessionId: id, change: { field: 'talkingPoints', value: 'Name and team, every call.' } });
    await rita.call('coaching.sessions.set', { sessionId: id, change: { field: 'agentView', value: 'I forget when the queue is long.' } });
    await rita.call('coaching.sessions.set', { sessionId: id, change: { field: 'followUpOn', value: '2026-12-15' } });
    // An owner not typed yet and a due date before the session: saved as typed, and said.
    const saved = await rita.call('coaching.actions.save', { sessionId: id, actionId: ACTION_1, what: 'Say name and team', owner: '', dueOn: '2026-11-28' });
    expect(saved.problems.map((p) => p.message)).toEqual([
      'Action 1 (“Say name and team”) has no owner: say who will do it.',
      'Action 1 (“Say name and team”) is due on 28 Nov 2026, before the session on 1 Dec 2026: choose that day or a later one.',
    ]);
    const refused = await refusal(rita, 'coaching.sessions.complete', { sessionId: id });
    expect(refused).toMatchObject({ code: 'incomplete', message: 'This session cannot be completed yet: 2 things to put right.' });
    expect(refused.details).toHaveLength(2);
    const kept = await rita.call('coaching.sessions.get', { sessionId: id });
    expect(kept.session.status).toBe('draft');
    expect(kept.plan).toMatchObject({ talkingPoints: 'Name and team, every call.', agentView: 'I forget when the queue is long.', followUpOn: '2026-12-15' });
    expect(kept.actions).toMatchObject([{ id: ACTION_1, what: 'Say name and team', owner: '', dueOn: '2026-11-28', status: 'open' }]);

    await rita.call('coaching.actions.save', { sessionId: id, actionId: ACTION_1, what: 'Say name and team', owner: 'Ada', dueOn: '2026-12-08' });
    const done = await rita.call('coaching.sessions.complete', { sessionId: id });
    expect(done).toMatchObject({ session: { status: 'completed', revision: 1 }, readOnly: true, problems: [] });
    expect(done.snapshot).toMatchObject({
      revision: 1,
      agent: { id: ada, name: 'Ada Agent', team: 'North' },
      summary: { n: 6 },
      needs: [{ elementId: 'welcome-1', met: 1, applicable: 6 }],
      minimumEvidence: 5,
      actions: [{ id: ACTION_1, owner: 'Ada', dueOn: '2026-12-08', carried: false }],
    });
    expect(done.snapshot!.scorecards).toHaveLength(6);
  });

  it('is locked once completed: a later change is a revision with a reason, kept in its history; a discarded draft goes back', async () => {
    const { rita, ada } = await coachWithAda();
    const id = (await rita.call('coaching.sessions.start', { agentId: ada, period: NOVEMBER })).session.id;
    await rita.call('coaching.sessions.set', { sessionId: id, change: { field: 'talkingPoints', value: 'First words' } });
    await rita.call('coaching.sessions.complete', { sessionId: id });
    expect(await refusal(rita, 'coaching.sessions.set', { sessionId: id, change: { field: 'talkingPoints', value: 'x' } })).toMatchObject({ code: 'read_only' });
    expect(await refusal(rita, 'coaching.actions.save', { sessionId: id, actionId: ACTION_1, what: 'x', owner: 'y', dueOn: null })).toMatchObject({ code: 'read_only' });
    expect(await refusal(rita, 'coaching.sessions.revise', { sessionId: id, reason: '  ' })).toMatchObject({ code: 'invalid_input' });

    rita.setNow('2026-12-03T09:00:00.000Z');
    const revised = await rita.call('coaching.sessions.revise', { sessionId: id, reason: 'Ada signed the printed pack' });
    expect(revised.session).toMatchObject({ status: 'draft', revision: 2, revisionReason: 'Ada signed the printed pack' });
    await rita.call('coaching.sessions.set', { sessionId: id, change: { field: 'acknowledgement', value: { acknowledged: true, on: '2026-12-03' } } });
    await rita.call('coaching.sessions.complete', { sessionId: id });
    const history = await rita.call('coaching.sessions.history', { sessionId: id });
    expect(history.map((h) => [h.revision, h.revisionReason, h.plan.acknowledgement])).toEqual([
      [1, null, { acknowledged: false, on: null }],
      [2, 'Ada signed the printed pack', { acknowledged: true, on: '2026-12-03' }],
    ]);

    await rita.call('coaching.sessions.revise', { sessionId: id, reason: 'Second thoughts' });
    await rita.call('coaching.sessions.set', { sessionId: id, change: { field: 'talkingPoints', value: 'thrown away' } });
    await rita.call('coaching.actions.save', { sessionId: id, actionId: ACTION_2, what: 'thrown away too', owner: 'Ada', dueOn: '2026-12-20' });
    expect(await rita.call('coaching.sessions.discardDraft', { sessionId: id })).toEqual({ discarded: 'restored' });
    const back = await rita.call('coaching.sessions.get', { sessionId: id });
    expect(back).toMatchObject({ session: { status: 'completed', revision: 2 }, plan: { talkingPoints: 'First words' }, actions: [] });
  });

  it('carries open actions over to the next session, whose period starts the day after the last one', async () => {
    const { rita, ada } = await coachWithAda();
    const first = (await rita.call('coaching.sessions.start', { agentId: ada, period: NOVEMBER })).session.id;
    await rita.call('coaching.actions.save', { sessionId: first, actionId: ACTION_1, what: 'Say name and team', owner: 'Ada', dueOn: '2026-12-08' });
    expect(await refusal(rita, 'coaching.sessions.start', { agentId: ada })).toMatchObject({ code: 'conflict', message: expect.stringContaining('already open') });
    await rita.call('coaching.sessions.complete', { sessionId: first });

    rita.setNow('2026-12-20T09:00:00.000Z');
    await rita.score(ada, '2026-12-10T10:00:00.000Z');
    const second = await rita.call('coaching.sessions.start', { agentId: ada });
    expect(second.plan.period).toEqual({ from: '2026-12-02', to: '2026-12-20' });
    expect(second.carried).toMatchObject([{ id: ACTION_1, sessionId: first, status: 'open' }]);
    const marked = await rita.call('coaching.actions.setStatus', { actionId: ACTION_1, status: 'done' });
    expect(marked).toMatchObject({ status: 'done', statusOn: '2026-12-20', daysLate: null });
    // Done in this session, it stays in it; an action of another session cannot be rewritten here.
    expect((await rita.call('coaching.sessions.get', { sessionId: second.session.id })).carried).toMatchObject([{ id: ACTION_1, status: 'done' }]);
    expect(await refusal(rita, 'coaching.actions.save', { sessionId: second.session.id, actionId: ACTION_1, what: 'x', owner: 'y', dueOn: null })).toMatchObject({ code: 'conflict' });
    const done = await rita.call('coaching.sessions.complete', { sessionId: second.session.id });
    expect(done.snapshot!.actions).toMatchObject([{ id: ACTION_1, status: 'done', carried: true }]);
    expect((await rita.call('coaching.profile', { agentId: ada })).openActions).toEqual([]);
  });
});

describe('the Coaching home', () => {
  it('moves a follow-up and an action to overdue the next month, with the counts the navigation shows', async () => {
    const { rita, ada } = await coachWithAda();
    const id = (await rita.call('coaching.sessions.start', { agentId: ada, period: NOVEMBER })).session.id;
    await rita.call('coaching.sessions.set', { sessionId: id, change: { field: 'followUpOn', value: '2026-12-15' } });
    await rita.call('coaching.actions.save', { sessionId: id, actionId: ACTION_1, what: 'Say name and team', owner: 'Ada', dueOn: '2026-12-08' });
    expect(await rita.call('coaching.counts', {})).toEqual({ overdue: 0, due: 0, drafts: 1 });
    await rita.call('coaching.sessions.complete', { sessionId: id });
    expect(await rita.call('coaching.counts', {})).toEqual({ overdue: 0, due: 0, drafts: 0 });

    rita.setNow('2026-12-09T09:00:00.000Z');
    expect(await rita.call('coaching.counts', {})).toEqual({ overdue: 1, due: 1, drafts: 0 });

    rita.setNow('2027-01-05T09:00:00.000Z');
    const home = await rita.call('coaching.home', {});
    expect(home.today).toBe('2027-01-05');
    expect(home.followUpsOverdue).toMatchObject([{ sessionId: id, agentName: 'Ada Agent', followUpOn: '2026-12-15', daysLate: 21 }]);
    expect(home.actionsOverdue).toMatchObject([{ actionId: ACTION_1, what: 'Say name and team', owner: 'Ada', dueOn: '2026-12-08', daysLate: 28 }]);
    expect(home.coaches).toEqual([{ coachId: home.coach!.id, coachName: 'Rita Coach', me: true, drafts: 0, followUpsDue: 0, followUpsOverdue: 1, actionsOverdue: 1 }]);
    expect(await rita.call('coaching.counts', {})).toEqual({ overdue: 2, due: 0, drafts: 0 });

    // Marking the action done and starting the next session clear both.
    await rita.call('coaching.actions.setStatus', { actionId: ACTION_1, status: 'done' });
    await rita.call('coaching.sessions.start', { agentId: ada, period: NOVEMBER });
    expect(await rita.call('coaching.counts', {})).toEqual({ overdue: 0, due: 0, drafts: 1 });
  });
});

describe('bad input', () => {
  it('a period with no scorecards is said, and the session keeps it until another period is chosen', async () => {
    const { rita, ada } = await coachWithAda();
    const started = await rita.call('coaching.sessions.start', { agentId: ada, period: { from: '2026-10-01', to: '2026-10-31' } });
    expect(started.problems).toEqual([
      { field: 'period', message: 'No completed scorecards of Ada Agent from 1 Oct 2026 to 31 Oct 2026: choose a period with at least one, since the session is built on them.' },
    ]);
    expect(await refusal(rita, 'coaching.sessions.complete', { sessionId: started.session.id })).toMatchObject({ code: 'incomplete' });
    const fixed = await rita.call('coaching.sessions.set', { sessionId: started.session.id, change: { field: 'period', value: NOVEMBER } });
    expect(fixed).toMatchObject({ problems: [], scorecards: 6 });
  });

  it('an agent merged or deactivated while a session is open: said on the session, which follows their scorecards and can still be finished', async () => {
    const { rita, ada } = await coachWithAda();
    const id = (await rita.call('coaching.sessions.start', { agentId: ada, period: NOVEMBER })).session.id;
    const adele = await rita.agent('Adele Agent', 'North');
    await rita.call('agents.merge', { fromId: ada, intoId: adele });
    const merged = await rita.call('coaching.sessions.get', { sessionId: id });
    expect(merged.agent.mergedInto).toEqual({ id: adele, name: 'Adele Agent' });
    expect(merged.notices).toEqual([
      'Ada Agent was merged into Adele Agent after this session was started: their scorecards count for Adele Agent now, and this session reads them there.',
    ]);
    expect(merged.scorecards).toBe(6);
    expect(await refusal(rita, 'coaching.sessions.start', { agentId: ada })).toMatchObject({ code: 'conflict', message: expect.stringContaining('merged into Adele Agent') });

    await rita.call('agents.update', { id: adele, name: 'Adele Agent', team: 'North', active: false });
    expect((await rita.call('coaching.sessions.get', { sessionId: id })).notices[1]).toBe(
      'Adele Agent is deactivated: this session can still be finished, but no new one can be started until they are reactivated.',
    );
    const done = await rita.call('coaching.sessions.complete', { sessionId: id });
    expect(done.snapshot!.agent).toMatchObject({ id: adele, name: 'Adele Agent' });
    expect(await refusal(rita, 'coaching.sessions.start', { agentId: adele })).toMatchObject({ code: 'conflict', message: 'Adele Agent is deactivated: reactivate them to start a session.' });
  });
});
