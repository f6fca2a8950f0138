import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { closeAfterEach } from '../support/close-after-each';
import { spawnServer } from './support/child-server';
import { desktopPushingTo } from './support/desktop';
import { postDoc, pushHeaders, sampleScorecard, scorecardDoc, type Doc } from './support/documents';
import { postgresMissing } from './support/postgres';
import { teamServerCluster } from './support/team-server';
import { waitUntil } from './support/wait';

const push = async (url: string, token: string, doc: Doc): Promise<number | 'no answer'> => {
  try {
    const res = await postDoc(url, token, doc);
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 'no answer';
  }
};

/**
 * A push whose request is in the server's hands (headers read: it sent
 * "100 Continue") but whose body is held back until `finish()`.
 */
async function heldPush(url: string, token: string, doc: Doc) {
  const req = http.request(url, { method: 'POST', headers: { ...pushHeaders(token, doc), 'content-length': String(Buffer.byteLength(doc.body)), expect: '100-continue' } });
  const answer = new Promise<{ status: number; body: string } | 'no answer'>((resolve) => {
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', () => resolve('no answer'));
  });
  await new Promise<void>((resolve) => req.once('continue', resolve));
  const half = Buffer.from(doc.body).subarray(0, 4000);
  req.write(half);
  return { answer, finish: () => req.end(Buffer.from(doc.body).subarray(half.length)) };
}

describe.skipIf(postgresMissing)('crashes, shutdowns and database restarts', () => {
  const pg = teamServerCluster();
  const track = closeAfterEach();

  it('kill -9 of the server mid-request: every acknowledged document is there, and resending stores nothing twice', async () => {
    const databaseUrl = await pg.database();
    const t = await pg.open({ databaseUrl });
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const docs = Array.from({ length: 40 }, () => scorecardDoc(base));
    const first = track(await spawnServer(databaseUrl));

    const held = await heldPush(first.url, token, docs[0]!);
    const answers: (number | 'no answer')[] = new Array(docs.length).fill('no answer');
    let acknowledged!: () => void;
    const firstAck = new Promise<void>((resolve) => (acknowledged = resolve));
    const inFlight = docs.slice(1).map(async (d, i) => {
      answers[i + 1] = await push(first.url, token, d);
      if (answers[i + 1] === 201) acknowledged();
    });
    await firstAck;
    first.signal('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    held.finish();
    expect(await held.answer).toBe('no answer');
    await Promise.all(inFlight);
    // A backend may still be finishing a COMMIT the dead server asked for: read what is stored once none is busy.
    await waitUntil('the killed server\'s database sessions settle', async () =>
      (await t.sql`SELECT 1 FROM pg_stat_activity WHERE application_name = 'callmark-server' AND state <> 'idle'`).length === 0,
    );

    const stored = new Set((await t.sql<{ document_id: string }[]>`SELECT document_id FROM documents`).map((r) => r.document_id));
    const acked = docs.filter((_, i) => answers[i] === 201).map((d) => d.scorecardId);
    expect(acked.length).toBeGreaterThan(0);
    for (const id of acked) expect(stored.has(id)).toBe(true); // nothing acknowledged was lost
    expect(stored.has(docs[0]!.scorecardId)).toBe(false); // the held request never completed

    // The desktop resends everything it has no 2xx for (here: everything); the restarted server stores each once.
    const second = track(await spawnServer(databaseUrl));
    const resent = await Promise.all(docs.map((d) => push(second.url, token, d)));
    for (const [i, d] of docs.entries()) expect(resent[i]).toBe(stored.has(d.scorecardId) ? 200 : 201);
    const rows = await t.sql<{ n: number; distinct: number }[]>`SELECT count(*)::int AS n, count(DISTINCT (document_id, revision))::int AS distinct FROM documents`;
    expect(rows).toEqual([{ n: 40, distinct: 40 }]);
    expect(await t.sql`SELECT count(*)::int AS n FROM scorecards`).toEqual([{ n: 40 }]);
  }, 60_000);

  it('SIGTERM: the server stops taking connections, finishes the request in flight, then exits 0', async () => {
    const databaseUrl = await pg.database();
    const t = await pg.open({ databaseUrl });
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const doc = scorecardDoc(await sampleScorecard());
    const child = track(await spawnServer(databaseUrl));

    const held = await heldPush(child.url, token, doc);
    child.signal('SIGTERM');
    await child.nextLog((l) => l.event === 'server.stopping');
    expect(await push(child.url, token, scorecardDoc(await sampleScorecard()))).toBe('no answer'); // no new connections
    held.finish();
    expect(await held.answer).toMatchObject({ status: 201 });
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(child.logs.map((l) => l.event)).toEqual(['server.listening', 'server.signal', 'server.stopping', 'request', 'server.stopped']);
    expect(await t.sql`SELECT document_id FROM documents`).toEqual([{ document_id: doc.scorecardId }]);
  }, 60_000);

  it('PostgreSQL restarted under load: 503 with Retry-After while it is down, and every desktop scorecard stored once after', async () => {
    const t = await pg.open();
    const ritaToken = await t.createUser('Rita', 'reviewer', ['North']);
    const samToken = await t.createUser('Sam', 'reviewer', ['North']);
    const rita = track(await desktopPushingTo(t.url, 'Rita Reviewer', ritaToken));
    const sam = track(await desktopPushingTo(t.url, 'Sam Second', samToken));
    const base = await sampleScorecard();

    await Promise.all([rita.complete(3), sam.complete(3)]);
    // The database goes down while both desktops keep completing (and so sending) scorecards, and stays down a while.
    const load = Promise.all([rita.complete(4), sam.complete(4)]);
    await pg.cluster().stop();
    await load;
    await Promise.all([rita.complete(2), sam.complete(2)]);
    const refused = await postDoc(t.url, ritaToken, scorecardDoc(base));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(await refused.json()).toMatchObject({ error: 'database_unavailable' });
    expect((await fetch(`${t.server.origin}/health`)).status).toBe(503);
    await Promise.all([rita.idle(), sam.idle()]);
    for (const desktop of [rita, sam]) {
      const [status] = (await desktop.call('sync.status', { targetId: desktop.targetId })).targets;
      expect(status!.counts.pending).toBeGreaterThanOrEqual(2);
      expect(status!.lastError?.message).toMatch(/temporarily unavailable \(HTTP 503\): The database is unavailable/);
    }

    await pg.cluster().start();
    await Promise.all([rita.complete(2), sam.complete(1)]);
    await Promise.all([rita.settle(), sam.settle()]);

    const completed = [...(await rita.call('reviews.list', {})).items, ...(await sam.call('reviews.list', {})).items].map((i) => i.id).sort();
    expect(completed).toHaveLength(21);
    const stored = await t.sql<{ document_id: string }[]>`SELECT document_id FROM documents ORDER BY document_id`;
    expect(stored.map((r) => r.document_id)).toEqual(completed);
    expect(t.logs.filter((l) => l.event === 'request.failed').every((l) => l.status === 503)).toBe(true);
  }, 90_000);
});
