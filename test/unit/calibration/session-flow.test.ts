import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersWith, filesUnder, reviewedCall, submit, teamOnOneShare } from './support/team';

/**
 * A whole session across three installs on one real share, through the real
 * services: publish, blind scoring, a peek that shows nothing, the reveal,
 * results, a late submission and a revision after the reveal.
 */
describe('a calibration session across three installs', () => {
  const team = teamOnOneShare();

  it('keeps answers out of the share and off every screen until the reveal, then counts each once', async () => {
    const jane = await team.member('Jane Organiser');
    const sam = await team.member('Sam Second');
    const kim = await team.member('Kim Third');
    const call = await reviewedCall(jane);
    const published = await jane.call('calibration.publish', {
      title: 'November calibration',
      scorecardId: call.scorecardId,
      templateVersionId: (await jane.call('reviews.get', { id: call.scorecardId })).template.id,
      participants: [{ name: 'Jane Organiser' }, { name: 'Sam Second' }, { name: 'Kim Third' }],
      referenceIndex: 0,
      dueAt: '2026-12-01T17:00:00.000Z',
      shareRecording: true,
    });
    const sessionId = published.facts.sessionId;
    expect(published.organiser).toBe(true);
    expect(filesUnder(team.share, 'calibration-recordings')).toHaveLength(1);
    await jane.exchange();

    await sam.exchange();
    const seen = await sam.call('calibration.get', { sessionId });
    expect(seen.recording.state).toBe('in_share');
    expect(seen.me?.status).toBe('waiting');
    const samCard = await submit(sam, sessionId, answersWith(['welcome-2', 'close-1'], { 'welcome-2': 'No name given' }));
    const samMedia = await sam.call('media.get', { scorecardId: samCard });
    expect(samMedia.status).toBe('ok');

    // Sam's commitment is in the share; his answers are not, and no screen shows anyone's.
    expect(filesUnder(team.share, 'calibration-commitments')).toHaveLength(1);
    expect(filesUnder(team.share, 'calibration-submissions')).toEqual([]);
    const peek = await sam.call('calibration.results', { sessionId });
    expect(peek.visible).toBe(false);
    expect(JSON.stringify(peek)).not.toContain('not_met');

    await jane.exchange();
    expect((await jane.call('calibration.get', { sessionId })).participants.map((p) => p.status)).toEqual(['waiting', 'sealed', 'waiting']);
    await submit(jane, sessionId, answersWith(['welcome-2']));
    expect(filesUnder(team.share, 'calibration-submissions')).toEqual([]);

    // Kim never submits: Jane reveals without her.
    await jane.call('calibration.reveal', { sessionId });
    await jane.exchange();
    expect(filesUnder(team.share, 'calibration-submissions')).toHaveLength(1);
    await sam.exchange();
    expect(filesUnder(team.share, 'calibration-submissions')).toHaveLength(2);
    await jane.exchange();

    const results = await jane.call('calibration.results', { sessionId });
    if (!results.visible) throw new Error(results.message);
    expect(results.participants.map((p) => p.status)).toEqual(['counted', 'counted', 'did_not_submit']);
    const [janeResult, samResult] = results.results.participants;
    expect(janeResult).toMatchObject({ name: 'Jane Organiser', reference: true, score: 95, fromReference: null });
    expect(samResult).toMatchObject({ name: 'Sam Second', score: 90, fromReference: { points: -5, within: true }, fromMedian: { points: -2.5, within: true } });
    expect(results.results.spread).toMatchObject({ n: 2, min: 90, max: 95, median: 92.5 });
    const worst = results.results.elements[0]!;
    expect(worst.elementId).toBe('close-1');
    expect(worst.agreement.percent.value).toBe(0);
    expect(results.results.elements.find((e) => e.elementId === 'welcome-2')!.answers.map((a) => a.comment)).toEqual(['', 'No name given']);

    // Kim submits after the reveal: late, shown, not counted in the group's figures.
    await kim.exchange();
    await submit(kim, sessionId, answersWith([]));
    await jane.exchange();
    const withKim = await jane.call('calibration.results', { sessionId });
    if (!withKim.visible) throw new Error(withKim.message);
    expect(withKim.participants.map((p) => p.status)).toEqual(['counted', 'counted', 'late']);
    expect(withKim.results.spread.n).toBe(2);
    expect(withKim.results.participants[2]).toMatchObject({ late: true, score: 100, fromReference: { points: 5, within: true } });
    // Calibration scorecards never travel as scorecards: nothing reached the share's scorecards folder,
    // and the scorecard CSV export leaves them out (the organiser's own review of the call is still there).
    expect(filesUnder(team.share, 'scorecards')).toEqual([]);
    expect((await jane.call('export.csv', { kind: 'scorecards' })).scorecards).toBe(1);
    expect((await sam.call('export.csv', { kind: 'scorecards' })).scorecards).toBe(0);
    expect(fs.existsSync(path.join(team.share, 'calibration-recordings'))).toBe(true);
  }, 60_000);
});
