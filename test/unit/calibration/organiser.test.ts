import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATE_ID, BUILTIN_TEMPLATE_VERSION_ID } from '../../../shared/templates/builtin';
import { openService } from '../../support/service';
import { answersWith, filesUnder, reviewedCall, submit, teamOnOneShare, type Member } from './support/team';

async function publish(jane: Member, names: string[], reference = 0) {
  const call = await reviewedCall(jane, false);
  const view = await jane.call('calibration.publish', {
    title: 'Calibration',
    scorecardId: call.scorecardId,
    templateVersionId: (await jane.call('reviews.get', { id: call.scorecardId })).template.id,
    participants: names.map((name) => ({ name })),
    referenceIndex: reference,
  });
  await jane.exchange();
  return view.facts.sessionId;
}

describe('what only the organiser, or only a participant, may do', () => {
  const team = teamOnOneShare();

  it('a participant cannot reveal or record outcomes; a colleague who is not named cannot score', async () => {
    const jane = await team.member('Jane Organiser');
    const sam = await team.member('Sam Second');
    const kim = await team.member('Kim Outsider');
    const sessionId = await publish(jane, ['Jane Organiser', 'Sam Second']);
    await sam.exchange();
    await kim.exchange();
    expect(await sam.refuse('calibration.reveal', { sessionId })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Only the organiser, Jane Organiser') } });
    expect(await kim.refuse('calibration.start', { sessionId })).toMatchObject({
      ok: false,
      error: { message: 'You (Kim Outsider) are not a participant of “Calibration”: it names Jane Organiser, Sam Second.' },
    });
    expect((await kim.call('calibration.get', { sessionId })).me).toBeNull();
    expect(await jane.refuse('calibration.outcomes.save', { sessionId, elementId: 'welcome-1', note: 'too early' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('once the session is open') },
    });
    // Starting twice gives the same scorecard.
    const first = await sam.call('calibration.start', { sessionId });
    expect(await sam.call('calibration.start', { sessionId })).toEqual(first);
  });

  it('outcomes: saved at once, published as revisions every install reads, proposed guidance offered for the template', async () => {
    const jane = await team.member('Jane Organiser');
    const sam = await team.member('Sam Second');
    const sessionId = await publish(jane, ['Jane Organiser', 'Sam Second']);
    await sam.exchange();
    await submit(sam, sessionId, answersWith(['close-1']));
    await jane.exchange();
    await submit(jane, sessionId, answersWith([]));
    await sam.exchange();
    await jane.exchange();

    expect(await jane.refuse('calibration.outcomes.save', { sessionId, elementId: 'no-such-element' })).toMatchObject({ ok: false, error: { message: 'The session’s template has no element "no-such-element".' } });
    await jane.call('calibration.outcomes.save', { sessionId, elementId: 'close-1', agreedAnswer: 'met', note: 'A short summary counts.', guidance: '  Met when the agent repeats the outcome.  ' });
    const draft = await jane.call('calibration.results', { sessionId });
    if (!draft.visible) throw new Error(draft.message);
    expect(draft.outcomes).toEqual({ revision: null, unpublished: true });
    expect(draft.results.elements[0]).toMatchObject({ elementId: 'close-1', outcome: { agreedAnswer: 'met', guidance: 'Met when the agent repeats the outcome.' } });
    expect(await jane.call('calibration.outcomes.publish', { sessionId })).toEqual({ revision: 1 });
    expect(await jane.refuse('calibration.outcomes.publish', { sessionId })).toMatchObject({ ok: false, error: { message: expect.stringContaining('nothing new to publish') } });
    expect(await sam.refuse('calibration.outcomes.save', { sessionId, elementId: 'close-1' })).toMatchObject({ ok: false });

    await jane.exchange();
    await sam.exchange();
    const seen = await sam.call('calibration.results', { sessionId });
    if (!seen.visible) throw new Error(seen.message);
    expect(seen.outcomes).toEqual({ revision: 1, unpublished: false });
    expect(seen.results.elements[0]!.outcome?.note).toBe('A short summary counts.');
    expect(filesUnder(team.share, 'calibration-outcomes')).toHaveLength(1);
    expect(await sam.call('calibration.guidance', { templateId: BUILTIN_TEMPLATE_ID })).toEqual([
      expect.objectContaining({ elementId: 'close-1', guidance: 'Met when the agent repeats the outcome.', sessionTitle: 'Calibration' }),
    ]);
    // The built-in scorecard never changes: a copy of it (and a copy of that copy) is offered what was proposed for it.
    const copy = await sam.call('templates.duplicate', { versionId: BUILTIN_TEMPLATE_VERSION_ID, name: 'Our scorecard' });
    expect(await sam.call('calibration.guidance', { templateId: copy.templateId })).toEqual([expect.objectContaining({ elementId: 'close-1', guidance: 'Met when the agent repeats the outcome.' })]);
    const published = await sam.call('templates.publish', { templateId: copy.templateId });
    const copyOfCopy = await sam.call('templates.duplicate', { versionId: published.id, name: 'Our scorecard, night shift' });
    expect((await sam.call('calibration.guidance', { templateId: copyOfCopy.templateId })).map((g) => g.elementId)).toEqual(['close-1']);
    // A template made from scratch is offered nothing.
    const blank = await sam.call('templates.create', { name: 'Blank' });
    expect(await sam.call('calibration.guidance', { templateId: blank.templateId })).toEqual([]);
  });

  it('drift lists each reviewer’s deviation per open session, from the reference', async () => {
    const jane = await team.member('Jane Organiser');
    const sam = await team.member('Sam Second');
    for (const misses of [['close-1'], ['close-1', 'close-2']]) {
      const sessionId = await publish(jane, ['Jane Organiser', 'Sam Second']);
      await sam.exchange();
      await submit(sam, sessionId, answersWith(misses));
      await jane.exchange();
      await submit(jane, sessionId, answersWith([]));
      await sam.exchange();
      await jane.exchange();
    }
    const drift = await jane.call('calibration.drift', {});
    expect(drift.sessions).toHaveLength(2);
    const samDrift = drift.reviewers.find((r) => r.name === 'Sam Second')!;
    expect(samDrift.points.map((p) => [p.points, p.from])).toEqual([
      [-5, 'reference'],
      [-10, 'reference'],
    ]);
    expect(samDrift).toMatchObject({ meanDeviation: -7.5, meanAbsoluteDeviation: 7.5 });
    expect(drift.reviewers.find((r) => r.name === 'Jane Organiser')!.points.every((p) => p.from === 'median')).toBe(true);
  });

  it('a computer that was off at the reveal publishes the answers it holds when it next reads the share, once', async () => {
    const jane = await team.member('Jane Organiser');
    const sam = await team.member('Sam Second');
    const sessionId = await publish(jane, ['Jane Organiser', 'Sam Second']);
    await sam.exchange();
    await submit(sam, sessionId, answersWith([]));
    const { dataFolder, targetId } = sam;
    await sam.close();
    await jane.exchange();
    await jane.call('calibration.reveal', { sessionId });
    await jane.exchange();
    expect(filesUnder(team.share, 'calibration-submissions')).toEqual([]);

    const again = openService(dataFolder);
    try {
      for (let pass = 0; pass < 2; pass++) {
        await again.call('sync.import', { targetId });
        await again.idle();
      }
      expect(filesUnder(team.share, 'calibration-submissions')).toHaveLength(1);
      expect((await again.call('sync.status', {})).targets[0]!.counts).toEqual({ pending: 0, sent: 2, failed: 0 });
    } finally {
      await again.close();
    }
  });
});
