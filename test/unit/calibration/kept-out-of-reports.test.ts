import { describe, expect, it } from 'vitest';
import { answersWith, reviewedCall, submit, teamOnOneShare } from './support/team';

const november = { from: '2026-11-01', to: '2026-11-30' };

/**
 * A calibration scorecard measures reviewers against each other, not the agent
 * on the call: it must never move the agent's figures, on the organiser's
 * install or a participant's, even after the facts are rebuilt from scratch.
 */
describe('calibration scorecards in the team reports', () => {
  const team = teamOnOneShare();

  it('count nowhere: the agent keeps the one real scorecard on every install, and a rebuild agrees', async () => {
    const jane = await team.member('Jane Organiser');
    const sam = await team.member('Sam Second');
    const call = await reviewedCall(jane, false);
    for (const a of answersWith(['close-1'])) await jane.call('reviews.setAnswer', { scorecardId: call.scorecardId, elementId: a.elementId, value: a.value });
    await jane.call('reviews.complete', { scorecardId: call.scorecardId });
    const { facts } = await jane.call('calibration.publish', {
      title: 'Blind check',
      scorecardId: call.scorecardId,
      templateVersionId: (await jane.call('reviews.get', { id: call.scorecardId })).template.id,
      participants: [{ name: 'Jane Organiser' }, { name: 'Sam Second' }],
    });
    await jane.exchange();
    await sam.exchange();
    await submit(sam, facts.sessionId, answersWith(['welcome-1', 'welcome-2', 'welcome-3']));
    await submit(jane, facts.sessionId, answersWith([]));
    await sam.exchange();
    await jane.exchange();

    const janeMeans = await jane.call('reports.means', { filter: november });
    expect(janeMeans.agents.map((a) => ({ agentId: a.agentId, n: a.n, mean: a.mean }))).toEqual([{ agentId: jane.agentId, n: 1, mean: 95 }]);
    // Sam reads Jane's real scorecard back from the share: that one counts for him too, his own blind one does not.
    const samMeans = await sam.call('reports.means', { filter: november });
    expect(samMeans.agents.map((a) => ({ n: a.n, mean: a.mean }))).toEqual([{ n: 1, mean: 95 }]);

    await jane.call('reports.rebuild', {});
    expect((await jane.call('reports.means', { filter: november })).agents.map((a) => a.n)).toEqual([1]);
    const check = await jane.call('reports.check', {});
    expect(check.scoreDifferences).toEqual([]);
    expect(check.factDifferences).toEqual([]);
  });
});
