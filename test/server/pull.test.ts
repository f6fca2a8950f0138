import { spawnSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../electron/services/sync/export/sha256';
import { verifyExportText } from '../../shared/export/verify';
import { postDoc, sampleScorecard, scorecardDoc, type Doc } from './support/documents';
import { postgresBin, postgresMissing } from './support/postgres';
import { pullAll, pullOnce } from './support/pull';
import { teamServerCluster, type TeamServerHandle } from './support/team-server';
import { gate, storeScorecard } from './support/store';
import { waitUntil } from './support/wait';

const push = async (t: TeamServerHandle, token: string, doc: Doc) => {
  const res = await postDoc(t.url, token, doc);
  if (res.status !== 201) throw new Error(`push answered ${res.status}: ${await res.text()}`);
};


describe.skipIf(postgresMissing)('pull: reading back in commit order', () => {
  const pg = teamServerCluster();

  it('pages through documents in the order they were stored, then returns only what is new', async () => {
    const t = await pg.open();
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const docs = Array.from({ length: 25 }, () => scorecardDoc(base));
    for (const d of docs) await push(t, token, d);

    const first = await pullOnce(t.url, token, { limit: '10' });
    expect(first.items.map((i) => i.documentId)).toEqual(docs.slice(0, 10).map((d) => d.scorecardId));
    expect(first.hasMore).toBe(true);
    expect(first.items[0]).toMatchObject({ kind: 'scorecard', revision: 1, body: docs[0]!.body, bodySha256: docs[0]!.bodySha256 });
    // What a desktop import source will do with each body: the folder import's own check.
    expect(verifyExportText(first.items[0]!.body, sha256Hex)).toMatchObject({ ok: true });
    const rest = await pullAll(t.url, token, { since: first.nextCursor, limit: 10 });
    expect(rest.items.map((i) => i.documentId)).toEqual(docs.slice(10).map((d) => d.scorecardId));

    const idle = await pullOnce(t.url, token, { since: rest.cursor });
    expect(idle).toEqual({ items: [], nextCursor: rest.cursor, hasMore: false });
    const late = scorecardDoc(base);
    await push(t, token, late);
    expect((await pullOnce(t.url, token, { since: rest.cursor })).items.map((i) => i.documentId)).toEqual([late.scorecardId]);
    expect((await pullOnce(t.url, token, { kind: 'scorecard', limit: '1' })).items).toHaveLength(1);
  });

  it('a document whose transaction commits late is never skipped: the pull waits for it, where a plain "seq > cursor" read would have passed it by', async () => {
    const t = await pg.open();
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const [rita] = await t.sql<{ id: string }[]>`SELECT id FROM users WHERE name = 'Rita'`;
    const sql = postgres(t.databaseUrl, { max: 6, onnotice: () => undefined });
    try {
      const base = await sampleScorecard();
      // Two laptops of Rita's: the second one's first push must not wait on the first's binding of the same reviewer.
      const slow = scorecardDoc(base, { reviewer: { id: crypto.randomUUID(), name: 'Rita' } });
      const fast = scorecardDoc(base, { reviewer: { id: crypto.randomUUID(), name: 'Rita' } });
      const held = gate();
      const reached = gate();
      // `slow` draws its seq first, then its transaction stays open; `fast` draws the next seq and commits.
      const slowStored = storeScorecard(sql, rita!.id, slow, async () => {
        reached.open();
        await held.opened;
      });
      await reached.opened;
      expect((await storeScorecard(sql, rita!.id, fast)).kind).toBe('stored');
      const visible = await t.sql<{ document_id: string }[]>`SELECT document_id FROM documents WHERE seq > 0 ORDER BY seq`;
      expect(visible.map((r) => r.document_id)).toEqual([fast.scorecardId]); // the hazard a naive cursor falls into

      const pulling = pullOnce(t.url, token);
      await waitUntil('the pull waits for the lock', async () => (await t.sql`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`).length > 0);
      held.open();
      expect((await slowStored).kind).toBe('stored');
      const page = await pulling;
      expect(page.items.map((i) => i.documentId)).toEqual([slow.scorecardId, fast.scorecardId]);
    } finally {
      await sql.end();
    }
  });

  it('four clients pushing while another pulls as fast as it can: the puller gets every document exactly once', async () => {
    const t = await pg.open({ config: { rateLimit: { burst: 10_000, perSecond: 10_000 } } });
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const docs = Array.from({ length: 160 }, () => scorecardDoc(base));
    let pushed = 0;
    const pushers = [0, 1, 2, 3].map(async (k) => {
      for (let i = k; i < docs.length; i += 4) {
        await push(t, token, docs[i]!);
        pushed++;
      }
    });
    const seen: string[] = [];
    let cursor = '';
    try {
      for (let rounds = 0; rounds < 5_000 && seen.length < docs.length; rounds++) {
        const page = await pullOnce(t.url, token, { since: cursor, limit: '7' });
        seen.push(...page.items.map((i) => i.documentId));
        cursor = page.nextCursor;
      }
    } finally {
      await Promise.allSettled(pushers);
    }
    await Promise.all(pushers);
    expect(pushed).toBe(docs.length);
    expect(seen).toHaveLength(docs.length);
    expect(new Set(seen)).toEqual(new Set(docs.map((d) => d.scorecardId)));
    expect((await pullOnce(t.url, token, { since: cursor })).items).toEqual([]);
  });

  it('a client that leaves in the middle of a page frees its database cursor; the next pull is whole', async () => {
    const t = await pg.open({ config: { rateLimit: { burst: 10_000, perSecond: 10_000 } } });
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const docs = Array.from({ length: 400 }, () => scorecardDoc(base));
    for (const d of docs) await push(t, token, d);

    await new Promise<void>((resolve, reject) => {
      const req = http.get(`${t.url}?limit=400`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    });
    await waitUntil('the abandoned page releases its query', async () =>
      (await t.sql`SELECT 1 FROM pg_stat_activity WHERE application_name = 'callmark-server' AND state <> 'idle'`).length === 0,
    );
    const whole = await pullAll(t.url, token, { limit: 400 });
    expect(whole.items.map((i) => i.documentId)).toEqual(docs.map((d) => d.scorecardId));
  });

  it('after a restore from an older backup, a newer cursor is refused (from the future, then unknown) instead of skipping documents', async () => {
    const t = await pg.open();
    const token = await t.createUser('Ada', 'admin');
    const base = await sampleScorecard();
    const before = [scorecardDoc(base), scorecardDoc(base)];
    for (const d of before) await push(t, token, d);
    const dump = path.join(pg.cluster().folder, `backup-${Date.now()}.dump`);
    run('pg_dump', ['--format=custom', `--file=${dump}`, t.databaseUrl]);
    const early = await pullAll(t.url, token);
    for (const d of [scorecardDoc(base), scorecardDoc(base)]) await push(t, token, d);
    const late = await pullAll(t.url, token, { since: early.cursor });
    expect(late.items).toHaveLength(2);

    const restoredName = await pg.cluster().createDatabase();
    const restoredUrl = pg.cluster().url(restoredName);
    run('pg_restore', ['--exit-on-error', `--dbname=${restoredUrl}`, dump]);
    const r = await pg.open({ databaseUrl: restoredUrl });
    await expect(pullOnce(r.url, token, { since: late.cursor })).rejects.toMatchObject({ status: 400, body: expect.stringContaining('cursor_from_future') });
    // The cursor taken before the backup still works: nothing after it was lost from the restored copy.
    expect((await pullAll(r.url, token, { since: early.cursor })).items).toEqual([]);
    const after = [scorecardDoc(base), scorecardDoc(base), scorecardDoc(base)];
    for (const d of after) await push(r, token, d);
    await expect(pullOnce(r.url, token, { since: late.cursor })).rejects.toMatchObject({ status: 400, body: expect.stringContaining('cursor_unknown') });
    expect((await pullAll(r.url, token, { since: early.cursor })).items.map((i) => i.documentId)).toEqual(after.map((d) => d.scorecardId));
  });
});

function run(tool: string, args: string[]) {
  const result = spawnSync(path.join(postgresBin!, tool), args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.error?.message ?? result.stderr}`);
}
