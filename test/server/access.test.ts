import { describe, expect, it } from 'vitest';
import { openService, tempFolder } from '../support/service';
import { postBatch, postDoc, sampleScorecard, scorecardDoc, type Doc } from './support/documents';
import { postgresMissing } from './support/postgres';
import { pullAll, pullOnce } from './support/pull';
import { teamServerCluster, type TeamServerHandle } from './support/team-server';

const push = (t: TeamServerHandle, token: string, doc: Doc) => postDoc(t.url, token, doc);
const person = (name: string) => ({ id: crypto.randomUUID(), name });

describe.skipIf(postgresMissing)('who may do what', () => {
  const pg = teamServerCluster();

  /** Rita and Nora review North, Sam reviews South, Lena leads North and East, Ada administers. */
  async function organisation() {
    const t = await pg.open();
    const tokens = {
      rita: await t.createUser('Rita', 'reviewer', ['North']),
      nora: await t.createUser('Nora', 'reviewer', ['North']),
      sam: await t.createUser('Sam', 'reviewer', ['South']),
      lena: await t.createUser('Lena', 'team_leader', ['North', 'East']),
      ada: await t.createUser('Ada', 'admin'),
    };
    const base = await sampleScorecard();
    const reviewers = { rita: person('Rita'), nora: person('Nora'), sam: person('Sam'), ada: person('Ada') };
    const docs = {
      rita: scorecardDoc(base, { reviewer: reviewers.rita, team: 'North' }),
      nora: scorecardDoc(base, { reviewer: reviewers.nora, team: 'north ' }),
      sam: scorecardDoc(base, { reviewer: reviewers.sam, team: 'South' }),
      ada: scorecardDoc(base, { reviewer: reviewers.ada, team: 'West' }),
    };
    for (const who of ['rita', 'nora', 'sam', 'ada'] as const) expect((await push(t, tokens[who], docs[who])).status).toBe(201);
    return { t, tokens, docs, base, reviewers };
  }

  const ids = (items: { documentId: string }[]) => items.map((i) => i.documentId).sort();

  it('a token of another team is refused: pushing a scorecard of its agents, and pulling that team', async () => {
    const { t, tokens, base, reviewers } = await organisation();
    const south = scorecardDoc(base, { reviewer: reviewers.rita, team: 'South' });
    const refused = await push(t, tokens.rita, south);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: 'team_not_yours',
      message: 'The scorecard is for team "South", which is not one of your teams ("North"). Ask the server\'s administrator to add you to it.',
    });
    expect(await t.sql`SELECT 1 FROM documents WHERE document_id = ${south.scorecardId}`).toHaveLength(0);

    await expect(pullOnce(t.url, tokens.rita, { team: 'South' })).rejects.toMatchObject({ status: 403, body: expect.stringContaining('"team_not_yours"') });
    await expect(pullOnce(t.url, tokens.lena, { team: ['north', 'South'] })).rejects.toMatchObject({ status: 403 });
    expect(t.refusals().map((l) => [l.user, l.reason])).toEqual([
      ['Rita', 'team_not_yours'],
      ['Rita', 'team_not_yours'],
      ['Lena', 'team_not_yours'],
    ]);
  });

  it('a reviewer reads their own team, a team leader their teams, an admin everything', async () => {
    const { t, tokens, docs } = await organisation();
    const north = [docs.rita.scorecardId, docs.nora.scorecardId].sort();
    expect(ids((await pullAll(t.url, tokens.rita)).items)).toEqual(north);
    expect(ids((await pullAll(t.url, tokens.nora)).items)).toEqual(north);
    expect(ids((await pullAll(t.url, tokens.sam)).items)).toEqual([docs.sam.scorecardId]);
    expect(ids((await pullAll(t.url, tokens.lena)).items)).toEqual(north);
    expect(ids((await pullAll(t.url, tokens.ada)).items)).toEqual(Object.values(docs).map((d) => d.scorecardId).sort());
    expect(ids((await pullAll(t.url, tokens.ada, { team: ['SOUTH'] })).items)).toEqual([docs.sam.scorecardId]);
    // Team names compare without case or surrounding spaces: Nora's agent is in "north ", stored as written.
    expect(await t.sql`SELECT team FROM documents WHERE document_id = ${docs.nora.scorecardId}`).toEqual([{ team: 'north ' }]);
  });

  it('a team leader pushes their own scorecards for their teams; an admin for any team', async () => {
    const { t, tokens, base } = await organisation();
    expect((await push(t, tokens.lena, scorecardDoc(base, { reviewer: person('Lena'), team: 'East' }))).status).toBe(201);
    expect((await push(t, tokens.lena, scorecardDoc(base, { reviewer: person('Lena'), team: 'South' }))).status).toBe(403);
    expect((await push(t, tokens.ada, scorecardDoc(base, { reviewer: person('Ada'), team: 'South' }))).status).toBe(201);
  });

  it("a reviewer id given to create-user is bound from the start: nobody else's first push can take it", async () => {
    const { t, base } = await organisation();
    const laptop = crypto.randomUUID();
    const owen = await t.createUser('Owen', 'reviewer', ['North'], ['--reviewer-id', laptop]);
    const mallory = await t.createUser('Mallory', 'reviewer', ['North']);
    const refused = await push(t, mallory, scorecardDoc(base, { reviewer: { id: laptop, name: 'Owen' }, team: 'North' }));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'reviewer_not_you', message: expect.stringContaining('"Owen"') });
    expect((await push(t, owen, scorecardDoc(base, { reviewer: { id: laptop, name: 'Owen' }, team: 'North' }))).status).toBe(201);
  });

  it("the desktop's connection test: connected with a valid token, token refused with an unknown or revoked one", async () => {
    const { t, tokens } = await organisation();
    const desktop = openService(tempFolder('callmark-server-health-'));
    try {
      expect(await desktop.call('sync.server.test', { url: t.url, token: tokens.rita })).toMatchObject({ ok: true, outcome: 'connected', httpStatus: 200 });
      expect(await desktop.call('sync.server.test', { url: t.url, token: 'cmt_wrong' })).toMatchObject({ ok: false, outcome: 'token_refused', httpStatus: 401 });
      await t.cli(['revoke-user', '--name', 'Rita']);
      expect(await desktop.call('sync.server.test', { url: t.url, token: tokens.rita })).toMatchObject({ outcome: 'token_refused' });
    } finally {
      await desktop.close();
    }
    const plain = await fetch(`${t.server.origin}/health`);
    expect([plain.status, await plain.json()]).toEqual([200, { status: 'ok' }]);
    const mine = await fetch(`${t.server.origin}/health`, { headers: { authorization: `Bearer ${tokens.lena}` } });
    expect(await mine.json()).toEqual({ status: 'ok', user: { name: 'Lena', role: 'team_leader', teams: ['East', 'North'] } });
  });

  it('rate limits per token: a burst, then 429 with Retry-After, then allowed again as time passes (injected clock)', async () => {
    let now = Date.parse('2026-12-01T09:00:00Z');
    const t = await pg.open({ config: { rateLimit: { burst: 3, perSecond: 0.5 } }, now: () => new Date(now) });
    const rita = await t.createUser('Rita', 'reviewer', ['North']);
    const sam = await t.createUser('Sam', 'reviewer', ['South']);
    const health = (token: string) => fetch(`${t.url}/health`, { headers: { authorization: `Bearer ${token}` } });
    expect([(await health(rita)).status, (await health(rita)).status, (await health(rita)).status]).toEqual([200, 200, 200]);
    const limited = await health(rita);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(await limited.json()).toMatchObject({ error: 'rate_limited' });
    expect((await health(sam)).status).toBe(200); // another token has its own bucket
    now += 1000;
    expect((await health(rita)).status).toBe(429);
    now += 1000;
    expect((await health(rita)).status).toBe(200);
    expect(t.refusals().filter((l) => l.reason === 'rate_limited').map((l) => l.user)).toEqual(['Rita', 'Rita']);
  });

  it('a batch push counts each of its documents against the limit: it saves requests, not checks', async () => {
    let now = Date.parse('2026-12-01T09:00:00Z');
    const t = await pg.open({ config: { rateLimit: { burst: 3, perSecond: 1 } }, now: () => new Date(now) });
    const rita = await t.createUser('Rita', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const docs = Array.from({ length: 3 }, () => scorecardDoc(base, { reviewer: person('Rita'), team: 'North' }));
    const answer = await postBatch(t.url, rita, docs);
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { results: { httpStatus: number }[] }).results.map((r) => r.httpStatus)).toEqual([201, 201, 201]);
    // Three documents spent the burst of three: the next request waits as after three single pushes.
    const health = () => fetch(`${t.url}/health`, { headers: { authorization: `Bearer ${rita}` } });
    const limited = await health();
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '1']);
    now += 1000;
    expect((await health()).status).toBe(200);
  });
});
