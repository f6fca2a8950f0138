import { describe, expect, it } from 'vitest';
import { reviewersClosedAfterEach, type Reviewer } from '../sync/support/reviewer';
import { emptyShare } from '../sync/support/share';
import { completeWith, WHOLE_RANGE, withMisses, ZONE } from './support';

const reviewer = reviewersClosedAfterEach();
const filter = { ...WHOLE_RANGE, source: 'all' as const };

/** Rita and Sam on one share; Sam completes one scorecard for each of his agents and Rita imports them. */
async function twoInstalls(samAgents: { name: string; team: string; organisationKey?: string }[]) {
  const root = emptyShare();
  const rita = await reviewer('Rita Reviewer', undefined, { modules: { reports: { timeZone: ZONE } } });
  const sam = await reviewer('Sam Second');
  const share = await rita.addShare(root);
  await sam.addShare(root, { adopt: true });
  const ids: string[] = [];
  for (const a of samAgents) {
    const agent = await sam.call('agents.create', a);
    ids.push(agent.id);
    await completeWith(sam, agent.id, '2026-03-10T10:00:00Z', withMisses(2));
  }
  await sam.idle();
  const importNow = () => rita.call('sync.import', { targetId: share.id });
  return { rita, sam, samAgentIds: ids, importNow };
}

const agentNames = async (s: Reviewer) => (await s.call('reports.means', { filter })).agents.map((a) => `${a.name}:${a.n}`).sort();

describe('one agent across installs', () => {
  it("attaches a colleague's scorecards to the agent with the same organisation key, whatever its case", async () => {
    const { rita, importNow } = await twoInstalls([{ name: 'S. Collins', team: 'North', organisationKey: 'sarah.collins@example.org' }]);
    const sarah = await rita.call('agents.create', { name: 'Sarah Collins', team: 'North', organisationKey: 'Sarah.Collins@example.org' });
    await completeWith(rita, sarah.id, '2026-03-11T10:00:00Z', withMisses(0));
    await importNow();
    expect(await agentNames(rita)).toEqual(['Sarah Collins:2']);
    expect((await rita.call('agents.list', {})).map((a) => a.name)).not.toContain('S. Collins');
    expect(await rita.call('agents.proposals', {})).toEqual([]);
  });

  it('proposes a same-name same-team match without applying it; confirming merges, keeping apart never asks again', async () => {
    const { rita, importNow } = await twoInstalls([{ name: 'Sam Patel', team: 'North' }, { name: 'Lee Wong', team: 'North' }]);
    const ours = await rita.call('agents.create', { name: 'sam patel ', team: 'north' });
    await completeWith(rita, ours.id, '2026-03-11T10:00:00Z', withMisses(0));
    await importNow();
    // Proposed, not applied: two agents until the user says they are one.
    expect(await agentNames(rita)).toEqual(['Lee Wong:1', 'Sam Patel:1', 'sam patel:1']);
    const [proposal, ...more] = await rita.call('agents.proposals', {});
    expect(more).toEqual([]);
    expect(proposal).toMatchObject({ candidate: { id: ours.id }, agent: { name: 'Sam Patel', fromColleague: true }, scorecards: 1 });

    const { merge } = await rita.call('agents.decideProposal', { agentId: proposal!.agent.id, candidateId: ours.id, decision: 'same' });
    expect(merge).toMatchObject({ from: { name: 'Sam Patel' }, into: { id: ours.id } });
    expect(await agentNames(rita)).toEqual(['Lee Wong:1', 'sam patel:2']);
    expect(await rita.call('agents.proposals', {})).toEqual([]);
    expect((await rita.call('reports.check', {})).factDifferences).toEqual([]);
  });

  it('keeps agents apart when told to, and does not propose the pair again', async () => {
    const { rita, importNow } = await twoInstalls([{ name: 'Sam Patel', team: 'North' }]);
    const ours = await rita.call('agents.create', { name: 'Sam Patel', team: 'North' });
    await importNow();
    const [proposal] = await rita.call('agents.proposals', {});
    await rita.call('agents.decideProposal', { agentId: proposal!.agent.id, candidateId: ours.id, decision: 'apart' });
    expect(await rita.call('agents.proposals', {})).toEqual([]);
    expect((await rita.call('agents.list', {})).filter((a) => a.name === 'Sam Patel')).toHaveLength(2);
  });

  it('merges with every scorecard moving, and undoes the merge exactly', async () => {
    const { rita } = await twoInstalls([]);
    const a = await rita.call('agents.create', { name: 'Jo Bloggs', team: 'North', organisationKey: 'E7' });
    const b = await rita.call('agents.create', { name: 'Joanne Bloggs', team: 'North' });
    await completeWith(rita, a.id, '2026-03-11T10:00:00Z', withMisses(0));
    await completeWith(rita, a.id, '2026-03-12T10:00:00Z', withMisses(4));
    await completeWith(rita, b.id, '2026-03-12T10:00:00Z', withMisses(2));
    const merge = await rita.call('agents.merge', { fromId: a.id, intoId: b.id });
    expect(merge.movedScorecards).toBe(2);
    expect((await rita.call('reviews.list', { agentId: b.id })).total).toBe(3);
    expect(await agentNames(rita)).toEqual(['Joanne Bloggs:3']);
    // The key travels with the person, and comes back on undo.
    expect((await rita.call('agents.list', {})).find((x) => x.id === b.id)?.organisationKey).toBe('E7');

    const undone = await rita.call('agents.undoMerge', { mergeId: merge.id });
    expect(undone.undoneAt).not.toBeNull();
    expect((await rita.call('reviews.list', { agentId: a.id })).total).toBe(2);
    expect((await rita.call('reviews.list', { agentId: b.id })).total).toBe(1);
    expect(await agentNames(rita)).toEqual(['Jo Bloggs:2', 'Joanne Bloggs:1']);
    const list = await rita.call('agents.list', {});
    expect(list.find((x) => x.id === a.id)?.organisationKey).toBe('E7');
    expect(list.find((x) => x.id === b.id)?.organisationKey).toBeNull();
    expect((await rita.call('reports.check', {})).factDifferences).toEqual([]);
  });

  it('refuses bad merges and clashing keys with a clear message, changing nothing', async () => {
    const { rita } = await twoInstalls([]);
    const a = await rita.call('agents.create', { name: 'Jo Bloggs', team: 'North', organisationKey: 'E7' });
    const b = await rita.call('agents.create', { name: 'Jo Bloggs', team: 'South', organisationKey: 'E8' });
    const self = await rita.refuse('agents.merge', { fromId: a.id, intoId: a.id });
    expect(self).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('cannot be merged into themselves') } });
    const keys = await rita.refuse('agents.merge', { fromId: a.id, intoId: b.id });
    expect(keys).toMatchObject({ ok: false, error: { message: expect.stringContaining('different organisation keys') } });
    const clash = await rita.refuse('agents.create', { name: 'Someone', team: '', organisationKey: 'e7' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict', message: 'The organisation key "e7" already belongs to Jo Bloggs (North).' } });
    const clashOnEdit = await rita.refuse('agents.update', { id: b.id, organisationKey: 'E7' });
    expect(clashOnEdit).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await rita.call('agents.merges', {})).toEqual([]);
    expect((await rita.call('agents.list', {})).flatMap((x) => x.organisationKey ?? []).sort()).toEqual(['E7', 'E8']);
    // The add form's warning: both Jo Bloggs, whatever the case and spaces.
    expect((await rita.call('agents.sameName', { name: '  jo bloggs ' })).map((x) => x.team).sort()).toEqual(['North', 'South']);
    // Beyond ASCII too: accented capitals fold, and a zero-width space typed by mistake hides nothing.
    await rita.call('agents.create', { name: 'Élodie Durand', team: 'North' });
    expect((await rita.call('agents.sameName', { name: 'élodie\u200B durand' })).map((x) => x.name)).toEqual(['Élodie Durand']);
  });

  it('carries the key in exports, and still imports old exports that have none', async () => {
    const { rita, sam, importNow } = await twoInstalls([{ name: 'Old Format', team: 'West' }]);
    const keyed = await sam.call('agents.create', { name: 'New Format', team: 'West', organisationKey: 'E42' });
    const id = await completeWith(sam, keyed.id, '2026-03-10T10:00:00Z', withMisses(1));
    await sam.idle();
    await importNow();
    const { document } = await rita.call('sync.imported.get', { scorecardId: id });
    expect(document.agent).toEqual({ id: keyed.id, name: 'New Format', team: 'West', organisationKey: 'E42' });
    expect(await agentNames(rita)).toEqual(['New Format:1', 'Old Format:1']);
  });
});
