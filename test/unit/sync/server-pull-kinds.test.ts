import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDocumentsStore } from '../../../electron/services/sync/store/documents';
import { DOCUMENT_KINDS } from '../../../shared/sync/kinds';
import { closeAfterEach } from '../../support/close-after-each';
import { desktopPushingTo, type Desktop } from '../../server/support/desktop';
import { postgresMissing } from '../../server/support/postgres';
import { teamServerCluster } from '../../server/support/team-server';
import { answersWith, reviewedCall, submit, type Member } from '../calibration/support/team';
import { publishNew } from '../templates/support/service';
import { importedSeenBy, refKey, testNoteKind, testNotes } from './support/test-note-kind';

/**
 * Every kind the desktop queues travels through a real team server as it
 * travels through a share: published templates, a whole calibration session
 * (session, commitments, submissions), and a kind registered only by
 * this test, which the server accepts by its registry alone, with no code of
 * its own, as it accepts coaching sessions.
 */
describe.skipIf(postgresMissing)('every document kind through a team server', () => {
  const pg = teamServerCluster();
  const track = closeAfterEach<{ close(): Promise<unknown> }>();
  const desktop = async (...args: Parameters<typeof desktopPushingTo>) => track(await desktopPushingTo(...args));
  /** Sends what is queued, then reads the server: what the background does every few minutes, on demand. */
  const member = (d: Desktop): Member => ({
    ...d,
    async exchange() {
      await d.settle();
      const report = await d.pull();
      if (report.outcome !== 'done') throw new Error(`${d.name}'s pull: ${report.message}`);
      await d.idle();
    },
  });

  it('a published template and a calibration session reach the colleague, nothing refused on the way', async () => {
    const t = await pg.open();
    const jane = member(await desktop(t.url, 'Jane Organiser', await t.createUser('Jane', 'team_leader', ['North'])));
    const sam = member(await desktop(t.url, 'Sam Second', await t.createUser('Sam', 'reviewer', ['North'])));

    const { templateId, version } = await publishNew(jane);
    await jane.exchange();
    await sam.exchange();
    expect((await sam.call('templates.get', { templateId })).status).toMatchObject({ source: 'share', sharedBy: 'Jane Organiser', latest: { id: version.id } });

    const call = await reviewedCall(jane, false);
    const published = await jane.call('calibration.publish', {
      title: 'November calibration',
      scorecardId: call.scorecardId,
      templateVersionId: (await jane.call('reviews.get', { id: call.scorecardId })).template.id,
      participants: [{ name: 'Jane Organiser' }, { name: 'Sam Second' }, { name: 'Kim Third' }],
      referenceIndex: 0,
      dueAt: '2026-12-01T17:00:00.000Z',
      shareRecording: false,
    });
    const { sessionId } = published.facts;
    await jane.exchange();
    await sam.exchange();
    expect((await sam.call('calibration.get', { sessionId })).me?.status).toBe('waiting');
    await submit(sam, sessionId, answersWith(['welcome-2']));
    await sam.exchange();
    await jane.exchange();
    await submit(jane, sessionId, answersWith([]));
    // Kim never submits: Jane reveals without her, and publishes what the discussion agreed.
    await jane.call('calibration.reveal', { sessionId });
    for (const m of [jane, sam, jane]) await m.exchange();
    await jane.call('calibration.outcomes.save', { sessionId, elementId: 'welcome-2', agreedAnswer: 'met', note: 'The name was given at the start.', guidance: null });
    await jane.call('calibration.outcomes.publish', { sessionId });
    for (const m of [jane, sam]) await m.exchange();

    for (const m of [jane, sam]) {
      const results = await m.call('calibration.results', { sessionId });
      if (!results.visible) throw new Error(`${m.name}: ${results.message}`);
      expect(results.participants.map((p) => p.status)).toEqual(['counted', 'counted', 'did_not_submit']);
      expect(results.results.participants.map((p) => p.score)).toEqual([100, 95]);
    }
    const kinds = await t.sql<{ kind: string }[]>`SELECT DISTINCT kind FROM documents ORDER BY kind`;
    expect(kinds.map((k) => k.kind)).toEqual(['calibration-commitment', 'calibration-outcomes', 'calibration-reveal', 'calibration-session', 'calibration-submission', 'template']);
    // Sam's install holds every document Jane wrote, as read from the server.
    const imported = sam.service.context.db.prepare("SELECT kind, COUNT(*) AS n FROM imported_documents WHERE kind LIKE 'calibration-%' GROUP BY kind ORDER BY kind").all();
    expect(imported).toEqual([
      { kind: 'calibration-commitment', n: 1 },
      { kind: 'calibration-outcomes', n: 1 },
      { kind: 'calibration-reveal', n: 1 },
      { kind: 'calibration-session', n: 1 },
      { kind: 'calibration-submission', n: 1 },
    ]);
    expect(t.refusals()).toEqual([]);
  }, 60_000);

  it('a completed coaching session reaches the team leader read-only, once', async () => {
    const t = await pg.open();
    const rita = member(await desktop(t.url, 'Rita Coach', await t.createUser('Rita', 'reviewer', ['North'])));
    const lee = member(await desktop(t.url, 'Lee Leader', await t.createUser('Lee', 'team_leader', ['North'])));
    const call = await reviewedCall(rita, false);
    for (const a of answersWith(['welcome-1'])) await rita.call('reviews.setAnswer', { scorecardId: call.scorecardId, elementId: a.elementId, value: a.value });
    await rita.call('reviews.complete', { scorecardId: call.scorecardId });
    const { session } = await rita.call('coaching.sessions.start', { agentId: rita.agentId, period: { from: '2026-11-01', to: '2026-11-30' } });
    await rita.call('coaching.sessions.set', { sessionId: session.id, change: { field: 'talkingPoints', value: 'The greeting: name and team.' } });
    await rita.call('coaching.sessions.complete', { sessionId: session.id });
    await rita.exchange();
    await lee.exchange();
    await lee.exchange();

    const theirs = await lee.call('coaching.sessions.get', { sessionId: session.id });
    expect(theirs).toMatchObject({ session: { source: 'team', status: 'completed' }, readOnly: true });
    expect(JSON.stringify(theirs)).toContain('The greeting: name and team.');
    expect(lee.service.context.db.prepare(`SELECT COUNT(*) AS n FROM imported_documents WHERE kind = 'coaching-session'`).get()).toEqual({ n: 1 });
    expect(t.refusals()).toEqual([]);
  }, 60_000);

  it('a kind only this test registers: stored by its registry alone, keyed by its writer, read back once by a colleague', async () => {
    const t = await pg.open({ kinds: [...DOCUMENT_KINDS, testNoteKind] });
    const ritaNotes = testNotes();
    const rita = await desktop(t.url, 'Rita Reviewer', await t.createUser('Rita', 'reviewer', ['North']), ritaNotes.setup);
    const lena = await desktop(t.url, 'Lena Lead', await t.createUser('Lena', 'team_leader', ['North']), testNotes().setup);
    const eve = await desktop(t.url, 'Eve East', await t.createUser('Eve', 'team_leader', ['East']), testNotes().setup);
    const seen = importedSeenBy(lena.service);
    const noteId = randomUUID();
    ritaNotes.complete(rita.service, noteId, 1, 'agenda for Monday');
    await rita.settle();

    const [row] = await t.sql<{ kind: string; writer: string; reader_team_keys: string[] }[]>`SELECT kind, writer, reader_team_keys FROM documents`;
    const frozen = createDocumentsStore(rita.service.context.db).get({ kind: testNoteKind.kind, documentId: noteId, revision: 1 })!;
    expect(row).toEqual({ kind: 'test-note', writer: frozen.writer, reader_team_keys: ['north'] });

    expect(await lena.pull()).toMatchObject({ outcome: 'done', listed: 1, imported: 1 });
    expect(await lena.pull()).toMatchObject({ outcome: 'done', listed: 0 });
    expect(seen.map((e) => refKey(e.ref))).toEqual([refKey({ kind: 'test-note', documentId: noteId, revision: 1, writer: row!.writer })]);
    expect(seen[0]!.document).toMatchObject({ text: 'agenda for Monday' });
    // A kind that names no team is read by the teams its pusher was in: not by another team's leader.
    expect(await eve.pull()).toMatchObject({ outcome: 'done', listed: 0 });
  });

  it('a server that does not know the kind refuses it by name, and the desktop says so', async () => {
    const t = await pg.open();
    const notes = testNotes();
    const rita = await desktop(t.url, 'Rita Reviewer', await t.createUser('Rita', 'reviewer', ['North']), notes.setup);
    notes.complete(rita.service, randomUUID(), 1, 'agenda');
    await rita.idle();
    const [status] = (await rita.call('sync.status', { targetId: rita.targetId })).targets;
    expect(status!.counts).toMatchObject({ failed: 1, sent: 0 });
    expect(status!.lastError?.message).toMatch(/\(HTTP 422\): This server does not accept documents of kind "test-note"\. It accepts: scorecard, template/);
  });
});
