import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHashedDocument, CalibrationSession as SessionSchema, type CalibrationSession } from '../../../shared/calibration';
import { calibrationCommitmentKind, calibrationSessionKind, calibrationSubmissionKind, type AnyDocumentKind } from '../../../shared/sync/kinds';
import { documentRelativePath } from '../../../shared/sync/layout';
import { soxWav } from '../media/support/audio';
import { tempFolder } from '../../support/service';
import { answers, percentage, sha256, submitted } from './support/documents';
import { answersWith, filesUnder, reviewedCall, submit, teamOnOneShare, type Member } from './support/team';
import { builtinTemplate } from '../../../shared/templates/builtin';

/** Puts a document into a share by hand, where and as an install would: what a copied file, a hand edit or another tool does. */
function drop(share: string, kind: AnyDocumentKind, body: string, placedAt: string) {
  const facts = kind.facts(JSON.parse(body));
  const writer = kind.writers === 'many-installs' ? facts.installId : '';
  const rel = documentRelativePath(kind, { documentId: facts.documentId, revision: facts.revision, writer }, placedAt);
  const file = path.join(share, kind.folder, ...rel.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  return file;
}

async function published(jane: Member, names: string[], options: { shareRecording?: boolean; withRecording?: boolean } = {}) {
  const call = await reviewedCall(jane, options.withRecording ?? true);
  const view = await jane.call('calibration.publish', {
    title: 'Calibration',
    scorecardId: call.scorecardId,
    templateVersionId: (await jane.call('reviews.get', { id: call.scorecardId })).template.id,
    participants: names.map((name) => ({ name })),
    referenceIndex: 0,
    shareRecording: options.shareRecording ?? false,
  });
  await jane.exchange();
  return { sessionId: view.facts.sessionId, recording: call.recording };
}

const sessionFileIn = (share: string) => path.join(share, 'calibration-sessions', filesUnder(share, 'calibration-sessions')[0]!);

describe('calibration: bad input gets a clear message and changes nothing', () => {
  const team = teamOnOneShare();

  it('a session file edited by hand is skipped with the reason, and no session appears', async () => {
    const jane = await team.member('Jane Organiser');
    const sam = await team.member('Sam Second');
    await published(jane, ['Jane Organiser', 'Sam Second']);
    const file = sessionFileIn(team.share);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"title":"Calibration"', '"title":"Calibration (edited)"'));

    const report = await sam.call('sync.import', { targetId: sam.targetId });
    expect(report.skippedFiles).toEqual([
      { kind: 'calibration-session', relativePath: expect.stringMatching(/\.json$/), reason: expect.stringContaining('its content hash does not match its content') },
    ]);
    expect(await sam.call('calibration.list', {})).toEqual([]);
  });

  it('two organisers publishing the same session id: every install uses the first and says the other is ignored', async () => {
    const jane = await team.member('Jane Organiser');
    const sam = await team.member('Sam Second');
    const { sessionId } = await published(jane, ['Jane Organiser', 'Sam Second']);
    const original = JSON.parse(fs.readFileSync(sessionFileIn(team.share), 'utf8')) as CalibrationSession;
    // Oscar's own session, unsigned as an older Callmark writes it: Jane's signature would not cover his content.
    const { contentHash: _, signature: _signature, ...rest } = original as CalibrationSession & { signature?: unknown };
    const copy = buildHashedDocument(
      SessionSchema,
      { ...rest, title: 'Oscar’s session', publishedAt: '2099-01-01T00:00:00.000Z', organiser: { id: randomUUID(), name: 'Oscar Other' }, origin: { ...original.origin, installId: randomUUID() } },
      sha256,
    );
    drop(team.share, calibrationSessionKind, copy.body, copy.document.publishedAt);

    for (const member of [sam, jane]) {
      await member.exchange();
      const view = await member.call('calibration.get', { sessionId });
      expect(view.facts).toMatchObject({ title: 'Calibration', organiser: { name: 'Jane Organiser' } });
      expect(view.problems).toEqual([expect.stringMatching(/^Oscar Other \(install .{8}\) also published a session with this id, “Oscar’s session”.*the first published, by Jane Organiser, counts/)]);
    }
    expect((await jane.call('calibration.get', { sessionId })).organiser).toBe(true);
    expect(await sam.call('calibration.list', {})).toHaveLength(1);
  });

  it('a submission for another template version is named and not counted; what arrived before the reveal stays hidden', async () => {
    const jane = await team.member('Jane Organiser');
    const sam = await team.member('Sam Second');
    const { sessionId } = await published(jane, ['Jane Organiser', 'Sam Second', 'Kim Third']);
    const session = JSON.parse(fs.readFileSync(sessionFileIn(team.share), 'utf8')) as CalibrationSession;
    const kim = session.participants[2]!;
    const fixed = submitted(session, kim, { answers: answers(builtinTemplate), score: percentage(100), at: new Date().toISOString(), templateVersionId: randomUUID() });
    drop(team.share, calibrationCommitmentKind, fixed.bodies.commitment, fixed.commitment.committedAt);
    drop(team.share, calibrationSubmissionKind, fixed.bodies.submission, fixed.submission.submittedAt);

    await sam.exchange();
    await submit(sam, sessionId, answersWith([]));
    await jane.exchange();
    // Kim's answers are in the share already, but the session is not open: nothing shows.
    expect((await jane.call('calibration.results', { sessionId })).visible).toBe(false);
    await submit(jane, sessionId, answersWith(['close-1']));
    await jane.exchange();
    await sam.exchange();
    await jane.exchange();
    const results = await jane.call('calibration.results', { sessionId });
    if (!results.visible) throw new Error(results.message);
    expect(results.opened.by).toBe('everyone');
    expect(results.participants.map((p) => p.status)).toEqual(['counted', 'counted', 'not_counted']);
    expect(results.participants[2]!.problems).toEqual([expect.stringMatching(/^Scored against another template version .* not the session’s Quality Monitoring — Customer Services version 1\./)]);
    expect(results.results.participants.map((p) => p.name)).toEqual(['Jane Organiser', 'Sam Second']);
  });

  it('a shared recording whose hash differs is named on arrival; a participant’s own copy must have the session’s hash to submit', async () => {
    const jane = await team.member('Jane Organiser');
    const sam = await team.member('Sam Second');
    const { sessionId, recording } = await published(jane, ['Jane Organiser', 'Sam Second'], { shareRecording: true });
    const [copy] = filesUnder(team.share, 'calibration-recordings');
    fs.writeFileSync(path.join(team.share, 'calibration-recordings', copy!), 'not the call');

    await sam.exchange();
    const view = await sam.call('calibration.get', { sessionId });
    expect(view.recording).toMatchObject({ state: 'differs', message: expect.stringContaining('it was damaged or replaced') });
    const { scorecardId } = await sam.call('calibration.start', { sessionId });
    expect((await sam.call('media.get', { scorecardId })).status).toBe('missing');

    const other = soxWav(tempFolder('callmark-other-'), 'other.wav', ['-e', 'signed-integer', '-b', '16'], 1);
    await expect(sam.call('media.relink', { scorecardId, path: other })).rejects.toThrow(/is not the recording that was attached/);
    await sam.call('media.relink', { scorecardId, path: other, acceptChanged: true });
    for (const a of answersWith([])) await sam.call('reviews.setAnswer', { scorecardId, elementId: a.elementId, value: a.value });
    await expect(sam.call('reviews.complete', { scorecardId })).rejects.toThrow(/cannot be submitted: the recording linked to it is not the session’s “call-77\.wav”/);
    expect((await sam.call('reviews.get', { id: scorecardId })).scorecard.status).toBe('draft');
    expect(filesUnder(team.share, 'calibration-commitments')).toEqual([]);

    // Sam's own copy of the real call: the same bytes wherever they are.
    const own = path.join(tempFolder('callmark-own-'), 'my-copy.wav');
    fs.copyFileSync(recording!, own);
    await sam.call('media.relink', { scorecardId, path: own, acceptChanged: true });
    await sam.call('reviews.complete', { scorecardId });
    await sam.idle();
    expect(filesUnder(team.share, 'calibration-commitments')).toHaveLength(1);
  });

  it('no submission is counted twice: a second import, a second install as the same participant, a revision after the reveal', async () => {
    const jane = await team.member('Jane Organiser');
    const sam = await team.member('Sam Second');
    const samAgain = await team.member('Sam Second');
    const { sessionId } = await published(jane, ['Jane Organiser', 'Sam Second']);
    await sam.exchange();
    const samCard = await submit(sam, sessionId, answersWith(['welcome-1']));
    await samAgain.exchange();
    await submit(samAgain, sessionId, answersWith(['welcome-1', 'welcome-2']));
    await jane.exchange();
    await submit(jane, sessionId, answersWith([]));
    for (const m of [jane, sam, samAgain, jane, jane]) await m.exchange();

    // Sam revises after the session opened: the blind revision stays counted, the change is shown.
    await sam.call('reviews.revise', { scorecardId: samCard, reason: 'Changed my mind after the discussion' });
    await sam.call('reviews.setAnswer', { scorecardId: samCard, elementId: 'welcome-1', value: 'met' });
    await sam.call('reviews.complete', { scorecardId: samCard });
    await sam.exchange();
    await jane.exchange();
    await jane.exchange();

    const results = await jane.call('calibration.results', { sessionId });
    if (!results.visible) throw new Error(results.message);
    expect(results.results.participants.map((p) => [p.name, p.score])).toEqual([
      ['Jane Organiser', 100],
      ['Sam Second', 95],
    ]);
    const samView = results.participants[1]!;
    expect(samView.changedAfterOpening).toMatchObject({ revision: 2, elementIds: ['welcome-1'] });
    expect(samView.problems).toEqual([expect.stringMatching(/^Another install \(Sam Second, install .{8}\) also submitted as Sam Second/)]);
    expect(filesUnder(team.share, 'calibration-submissions')).toHaveLength(4);
  });

  it('refuses a session that names someone twice or a reference who is not a participant, naming the field', async () => {
    const jane = await team.member('Jane Organiser');
    const call = await reviewedCall(jane, false);
    const base = { title: 'Calibration', scorecardId: call.scorecardId, templateVersionId: (await jane.call('reviews.get', { id: call.scorecardId })).template.id };
    const twice = await jane.refuse('calibration.publish', { ...base, participants: [{ name: 'Sam' }, { name: 'sam ' }] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('participants.1.name: sam is named twice') } });
    const reference = await jane.refuse('calibration.publish', { ...base, participants: [{ name: 'Sam' }, { name: 'Kim' }], referenceIndex: 2 });
    expect(reference).toMatchObject({ ok: false, error: { message: expect.stringContaining('referenceIndex: the reference scorer must be one of the participants') } });
    const sharing = await jane.refuse('calibration.publish', { ...base, participants: [{ name: 'Sam' }, { name: 'Kim' }], shareRecording: true });
    expect(sharing).toMatchObject({ ok: false, error: { message: expect.stringContaining('This call has no recording to share') } });
    expect(await jane.call('calibration.list', {})).toEqual([]);
  });
});
