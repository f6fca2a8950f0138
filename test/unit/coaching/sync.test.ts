import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { coachingSessionJsonSchemaText } from '../../../shared/coaching/json-schema';
import { coachingSessionKind } from '../../../shared/sync/kinds/coaching';
import { emptyShare, shareFiles } from '../sync/support/share';
import { installs, nov, NOVEMBER, type Install } from './support';
import { sha256Hex as sha256 } from '../../../electron/services/sync/export/sha256';

const install = installs();
const publishedSchema = path.resolve(import.meta.dirname, '../../../schemas/coaching-session.schema.json');
const ACTION = '5d2c8a1e-7f3b-4c6d-9e0a-1b2c3d4e5f60';

async function onShare(s: Install, share: string, adopt: boolean): Promise<string> {
  const adoptShareId = adopt ? (await s.call('sync.targets.inspectFolder', { path: share })).share?.shareId : undefined;
  return (await s.call('sync.targets.add', { name: 'Team share', config: { kind: 'folder', path: share }, ...(adoptShareId ? { adoptShareId } : {}) })).id;
}

async function exchange(s: Install, targetId: string) {
  await s.idle();
  return s.call('sync.import', { targetId });
}

describe('coaching sessions through a share', () => {
  it('travel as their own kind with the published schema, and a team leader reads them read-only, each revision once', async () => {
    const share = emptyShare();
    const rita = await install('Rita Coach');
    const ritaShare = await onShare(rita, share, false);
    const ada = await rita.agent('Ada Agent', 'North', 'E100');
    for (let d = 2; d <= 7; d++) await rita.score(ada, nov(d), { notMet: ['welcome-1'] });
    const id = (await rita.call('coaching.sessions.start', { agentId: ada, period: NOVEMBER })).session.id;
    await rita.call('coaching.sessions.set', { sessionId: id, change: { field: 'followUpOn', value: '2026-12-15' } });
    await rita.call('coaching.actions.save', { sessionId: id, actionId: ACTION, what: 'Say name and team', owner: 'Ada', dueOn: '2026-12-08' });
    await rita.call('coaching.sessions.complete', { sessionId: id });
    await rita.idle();

    const files = shareFiles(share, { folder: 'coaching-sessions' });
    expect(files).toEqual([`2026/12/${id}.r1.json`]);
    const text = fs.readFileSync(path.join(share, 'coaching-sessions', files[0]!), 'utf8');
    const verified = coachingSessionKind.verify(text, sha256);
    expect(verified).toMatchObject({ ok: true, document: { format: 'callmark.coaching-session', formatVersion: 1, sessionId: id, coach: { name: 'Rita Coach' }, agent: { organisationKey: 'E100' } } });
    // The published JSON Schema is what the zod schema generates, and the written file passes it.
    expect(fs.readFileSync(publishedSchema, 'utf8')).toBe(coachingSessionJsonSchemaText());
    const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(JSON.parse(coachingSessionJsonSchemaText()) as object);
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);

    const lee = await install('Lee Leader', '2027-01-05T09:00:00.000Z');
    const leeShare = await onShare(lee, share, true);
    await exchange(lee, leeShare);
    // The same pass again, and a second read of the share: nothing is stored twice.
    await exchange(lee, leeShare);
    const db = lee.service.context.db;
    expect(db.prepare(`SELECT COUNT(*) AS n FROM imported_documents WHERE kind = 'coaching-session'`).get()).toEqual({ n: 1 });

    const home = await lee.call('coaching.home', {});
    expect(home.coaches).toEqual([{ coachId: expect.any(String), coachName: 'Rita Coach', me: false, drafts: 0, followUpsDue: 0, followUpsOverdue: 1, actionsOverdue: 1 }]);
    expect(home.recent).toMatchObject([{ id, coachName: 'Rita Coach', source: 'team', agentName: 'Ada Agent' }]);
    // Rita's own overdue work is not Lee's: his navigation counts stay at nought.
    expect(await lee.call('coaching.counts', {})).toEqual({ overdue: 0, due: 0, drafts: 0 });
    const theirs = await lee.call('coaching.sessions.get', { sessionId: id });
    expect(theirs).toMatchObject({ session: { source: 'team', status: 'completed' }, readOnly: true, actions: [{ id: ACTION }], scorecards: 6 });
    expect(await lee.refuse('coaching.sessions.set', { sessionId: id, change: { field: 'talkingPoints', value: 'x' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    // A revision replaces what the leader shows; the action marked done in it is no longer overdue.
    await rita.call('coaching.sessions.revise', { sessionId: id, reason: 'Action done early' });
    await rita.call('coaching.actions.setStatus', { actionId: ACTION, status: 'done' });
    await rita.call('coaching.sessions.complete', { sessionId: id });
    await exchange(rita, ritaShare);
    await exchange(lee, leeShare);
    expect(shareFiles(share, { folder: 'coaching-sessions' })).toHaveLength(2);
    expect((await lee.call('coaching.sessions.get', { sessionId: id })).session.revision).toBe(2);
    expect((await lee.call('coaching.home', {})).actionsOverdue).toEqual([]);
  });

  it('include a colleague’s scorecards and evidence in the profile, their recording said to be on the colleague’s computer', async () => {
    const share = emptyShare();
    const rita = await install('Rita Coach');
    const ritaShare = await onShare(rita, share, false);
    const ada = await rita.agent('Ada Agent', 'North', 'E100');
    await rita.score(ada, nov(3));
    const sam = await install('Sam Reviewer');
    await onShare(sam, share, true);
    const samsAda = await sam.agent('Ada Agent', 'North', 'E100');
    await sam.score(samsAda, nov(4), { notMet: ['close-2'], comments: { 'close-2': 'No survey offered.' }, notes: [{ elementId: 'close-2', atSeconds: 301, text: 'Ends the call abruptly' }] });
    await sam.idle();
    await exchange(rita, ritaShare);

    const p = await rita.call('coaching.profile', { agentId: ada, period: NOVEMBER });
    expect(p.scorecards).toEqual({ total: 2, mine: 1, team: 1 });
    expect(p.evidence.moments.map((m) => [m.kind, m.text, m.reviewerName, m.source, m.recording, m.atSeconds])).toEqual([
      ['note', 'Ends the call abruptly', 'Sam Reviewer', 'team', 'colleague', 301],
      ['comment', 'No survey offered.', 'Sam Reviewer', 'team', 'colleague', 301],
    ]);
    const [reach] = await rita.call('coaching.recordings', { scorecardIds: [p.evidence.moments[0]!.scorecardId] });
    expect(reach).toMatchObject({ status: 'colleague', message: 'Scored on a colleague’s computer: its recording is not on this one.' });
  });
});
