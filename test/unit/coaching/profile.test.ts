import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../support/service';
import { soxWav } from '../media/support/audio';
import { installs, nov, NOVEMBER } from './support';

const install = installs();

/** Ada misses welcome-1 in five of six calls; her teammates meet it always but miss welcome-2 half the time, which she never does. */
async function team() {
  const rita = await install('Rita Coach');
  const ada = await rita.agent('Ada Agent', 'North', 'E100');
  const ben = await rita.agent('Ben Agent', 'North');
  const cy = await rita.agent('Cy Agent', 'North');
  const ids: string[] = [];
  for (let d = 1; d <= 6; d++) {
    const first = d === 1;
    ids.push(
      await rita.score(ada, nov(d), {
        notMet: d <= 5 ? ['welcome-1'] : [],
        na: d <= 4 ? ['close-1'] : [],
        comments: first ? { 'welcome-1': 'Went straight into the question.', 'welcome-2': 'Lovely and warm.' } : {},
        notes: first ? [{ elementId: 'welcome-1', atSeconds: 12, text: 'No name, no team' }, { elementId: null, atSeconds: 95, text: 'Customer in a hurry' }] : [],
      }),
    );
    for (const mate of [ben, cy]) await rita.score(mate, nov(d), { notMet: d % 2 ? ['welcome-2'] : [] });
  }
  return { rita, ada, ben, cy, ids };
}

describe('an agent profile for a period', () => {
  it('shows the mean with n and interval against the rest of the team, the trend and band mix, and pass rates against team and target', async () => {
    const { rita, ada } = await team();
    const p = await rita.call('coaching.profile', { agentId: ada, period: NOVEMBER });
    expect(p.agent).toMatchObject({ name: 'Ada Agent', team: 'North', active: true, mergedInto: null });
    expect(p.scorecards).toEqual({ total: 6, mine: 6, team: 0 });
    expect(p.score.n).toBe(6);
    // Five scorecards of 19/20 applicable-ish and one perfect: the mean is between.
    expect(p.score.mean).toBeGreaterThan(90);
    expect(p.score.lower).not.toBeNull();
    expect(p.team).toMatchObject({ label: 'the rest of North', figure: { n: 12 } });
    expect(p.target).toBe(70);
    expect(p.trend.by).toBe('week');
    expect(p.trend.points.reduce((n, t) => n + t.n, 0)).toBe(6);
    expect(p.bands.reduce((n, b) => n + b.n, 0)).toBe(6);

    const welcome1 = p.elements.find((e) => e.elementId === 'welcome-1')!;
    expect(welcome1).toMatchObject({ number: '1.1', section: 'Welcome', met: 1, notMet: 5, teamRate: 100, belowTarget: true });
    expect(welcome1.rate).toBeCloseTo(100 / 6, 6);
    expect(p.sections[0]).toMatchObject({ section: 'Welcome', met: 25, notMet: 5, belowTarget: false });
    expect(p.sections[0]!.teamRate).toBeCloseTo((60 - 6) / 60 * 100, 6);
  });

  it('draws strengths and development needs with their evidence count, and leaves out what rests on too few answers', async () => {
    const { rita, ada } = await team();
    const { findings } = await rita.call('coaching.profile', { agentId: ada, period: NOVEMBER });
    expect(findings.minimum).toBe(5);
    expect(findings.needs.map((n) => [n.elementId, n.met, n.applicable])).toEqual([['welcome-1', 1, 6]]);
    expect(findings.needs[0]!.reason).toMatch(/^Met in 1 of 6 applicable calls \(17 %; 95 % range 3 %–56 %\): clearly below the 70 % target/);
    expect(findings.strengths.map((s) => [s.elementId, s.applicable, s.teamRate])).toEqual([['welcome-2', 6, 50]]);
    // Close 1 was applicable twice: not enough to call it either way.
    expect(findings.notJudged).toEqual([{ elementId: 'close-1', number: '4.1', label: expect.any(String), applicable: 2 }]);
  });

  it('lists the evidence moments: notes in time order and comments on missed elements at the time of a note on them', async () => {
    const { rita, ada, ids } = await team();
    const { evidence } = await rita.call('coaching.profile', { agentId: ada, period: NOVEMBER });
    expect(evidence.total).toBe(3);
    expect(evidence.moments.map((m) => [m.kind, m.elementNumber, m.atSeconds, m.text, m.answer, m.missed])).toEqual([
      ['note', '1.1', 12, 'No name, no team', 'Not met', true],
      ['note', null, 95, 'Customer in a hurry', null, false],
      ['comment', '1.1', 12, 'Went straight into the question.', 'Not met', true],
    ]);
    expect(evidence.moments.every((m) => m.scorecardId === ids[0] && m.source === 'mine' && m.recording === 'none')).toBe(true);
    expect(evidence.moments[1]!.elementLabel).toBe('Whole review');
  });

  it('never counts a calibration scorecard, and defaults the period to since the last session', async () => {
    const { rita, ada } = await team();
    await rita.score(ada, nov(7), { notMet: ['welcome-1', 'welcome-2', 'welcome-3'], calibration: true, notes: [{ elementId: null, atSeconds: 1, text: 'calibration only' }] });
    const p = await rita.call('coaching.profile', { agentId: ada, period: NOVEMBER });
    expect(p.scorecards.total).toBe(6);
    expect(p.evidence.moments.some((m) => m.text === 'calibration only')).toBe(false);
    // No session yet: the last 90 days to today (1 Dec).
    expect((await rita.call('coaching.profile', { agentId: ada })).period).toEqual({ from: '2026-09-03', to: '2026-12-01' });
  });

  it('says where a recording moved since its note was taken, and keeps the moment with its time and text', async () => {
    const rita = await install('Rita Coach');
    const ada = await rita.agent('Ada Agent', 'North');
    const draft = await rita.call('reviews.create', {
      agentId: ada,
      templateVersionId: (await rita.call('templates.list', {}))[0]!.latestVersionId,
      interaction: { channel: 'phone', occurredAt: nov(9), reference: 'CALL-9' },
    });
    const file = soxWav(tempFolder('callmark-rec-'), 'call-9.wav', ['-e', 'signed-integer', '-b', '16'], 4);
    await rita.call('media.attach', { scorecardId: draft.scorecard.id, path: file });
    await rita.call('media.notes.add', { scorecardId: draft.scorecard.id, atSeconds: 2.5, elementId: 'welcome-1', text: 'Greets by name' });
    for (const e of draft.template.content.sections.flatMap((s) => s.elements)) await rita.call('reviews.setAnswer', { scorecardId: draft.scorecard.id, elementId: e.id, value: 'met' });
    await rita.call('reviews.complete', { scorecardId: draft.scorecard.id });

    const moment = (await rita.call('coaching.profile', { agentId: ada, period: NOVEMBER })).evidence.moments[0]!;
    expect(moment).toMatchObject({ text: 'Greets by name', atSeconds: 2.5, recording: 'attached' });
    expect(await rita.call('coaching.recordings', { scorecardIds: [moment.scorecardId] })).toEqual([{ scorecardId: moment.scorecardId, status: 'ok', message: null }]);

    fs.renameSync(file, `${file}.moved`);
    const [reach] = await rita.call('coaching.recordings', { scorecardIds: [moment.scorecardId] });
    expect(reach).toEqual({ scorecardId: moment.scorecardId, status: 'missing', message: `The recording “call-9.wav” is no longer at ${file}. Locate the file to play it again; the review can still be scored.` });
    expect((await rita.call('coaching.profile', { agentId: ada, period: NOVEMBER })).evidence.moments[0]).toMatchObject({ text: 'Greets by name', atSeconds: 2.5 });
  });
});
