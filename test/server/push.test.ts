import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { postgresMissing } from './support/postgres';
import { postDoc, sampleScorecard, scorecardDoc } from './support/documents';
import { desktopPushingTo } from './support/desktop';
import { gate, storeScorecard } from './support/store';
import { waitUntil } from './support/wait';
import { teamServerCluster } from './support/team-server';

describe.skipIf(postgresMissing)('push: the server sync contract on PostgreSQL', () => {
  const pg = teamServerCluster();

  it('stores a scorecard once (201), answers a repeat 200, and a different body under the same key 409', async () => {
    const t = await pg.open();
    const token = await t.createUser('Rita Reviewer', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const doc = scorecardDoc(base);
    const post = (d = doc) => postDoc(t.url, token, d);

    const first = await post();
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ status: 'stored', kind: 'scorecard', documentId: doc.scorecardId, revision: 1 });
    const again = await post();
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'already_stored' });
    const changed = scorecardDoc(base, { scorecardId: doc.scorecardId, patch: { revisionReason: 'edited' } });
    const conflict = await post(changed);
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ error: 'different_content', message: expect.stringContaining('different content') });

    const rows = await t.sql`SELECT kind, document_id, revision, body, body_sha256, document->>'scorecardId' AS id, team FROM documents`;
    expect(rows).toEqual([{ kind: 'scorecard', document_id: doc.scorecardId, revision: 1, body: doc.body, body_sha256: doc.bodySha256, id: doc.scorecardId, team: 'North' }]);
    const [facts] = await t.sql`SELECT agent_name, team, reviewer_name, score_numerator::text, score_denominator::text, score_rounded::text, band_label, meets_target FROM scorecards`;
    expect(facts).toMatchObject({ agent_name: 'Ada Agent', team: 'North', reviewer_name: 'Rita Reviewer', band_label: expect.any(String) });
  });

  it('two desktop backends pushing at once: every revision stored once, each bound to its reviewer, the latest revision current', async () => {
    const t = await pg.open();
    const rita = await desktopPushingTo(t.url, 'Rita Reviewer', await t.createUser('Rita', 'reviewer', ['North']));
    const sam = await desktopPushingTo(t.url, 'Sam Second', await t.createUser('Sam', 'reviewer', ['north']));
    try {
      const [ritas, sams] = await Promise.all([rita.complete(6), sam.complete(6)]);
      const [revised] = ritas;
      await rita.call('reviews.revise', { scorecardId: revised!, reason: 'Listened again' });
      await rita.call('reviews.setAnswer', { scorecardId: revised!, elementId: 'welcome-1', value: 'met' });
      await rita.call('reviews.complete', { scorecardId: revised! });
      await Promise.all([rita.settle(), sam.settle()]);

      const stored = await t.sql<{ document_id: string; revision: number; user: string }[]>`
        SELECT d.document_id, d.revision, u.name AS user FROM documents d JOIN users u ON u.id = d.pushed_by ORDER BY d.seq`;
      expect(stored).toHaveLength(13);
      expect(new Set(stored.map((r) => `${r.document_id}:${r.revision}`)).size).toBe(13);
      expect(stored.filter((r) => r.user === 'Rita').map((r) => r.document_id).sort()).toEqual([...ritas, revised!].sort());
      expect(stored.filter((r) => r.user === 'Sam').map((r) => r.document_id).sort()).toEqual([...sams].sort());
      // Each install's reviewer id was bound to its user by the first push.
      const bindings = await t.sql<{ name: string }[]>`SELECT u.name FROM reviewer_bindings b JOIN users u ON u.id = b.user_id ORDER BY u.name`;
      expect(bindings.map((b) => b.name)).toEqual(['Rita', 'Sam']);
      // The body stored is byte for byte what the outbox froze.
      const frozen = rita.service.context.db.prepare("SELECT body FROM export_documents WHERE kind = 'scorecard' AND document_id = ? AND revision = 2").get(revised!) as { body: string };
      const [r2] = await t.sql<{ body: string }[]>`SELECT body FROM documents WHERE document_id = ${revised!} AND revision = 2`;
      expect(r2!.body).toBe(frozen.body);
      const [current] = await t.sql<{ revision: number }[]>`SELECT revision FROM current_scorecards WHERE scorecard_id = ${revised!}`;
      expect(current!.revision).toBe(2);
      expect(t.refusals()).toEqual([]);
    } finally {
      await Promise.all([rita.close(), sam.close()]);
    }
  });

  it('the same document pushed 20 times at once is stored once: one 201, the rest 200', async () => {
    const t = await pg.open();
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const doc = scorecardDoc(await sampleScorecard());
    const answers = await Promise.all(Array.from({ length: 20 }, () => postDoc(t.url, token, doc)));
    expect(answers.map((a) => a.status).sort((a, b) => a - b)).toEqual([...Array<number>(19).fill(200), 201]);
    expect(await t.sql`SELECT count(*)::int AS n FROM documents`).toEqual([{ n: 1 }]);
    expect(await t.sql`SELECT count(*)::int AS n FROM scorecards`).toEqual([{ n: 1 }]);
  });

  it('revisions arriving out of order, or at the same time: only the highest counts in reports', async () => {
    const t = await pg.open();
    const rita = await t.createUser('Rita', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const latest = async (scorecardId: string) =>
      (await t.sql<{ revision: number }[]>`SELECT revision FROM scorecards WHERE scorecard_id = ${scorecardId} AND latest ORDER BY revision`).map((r) => r.revision);

    const late = crypto.randomUUID();
    for (const revision of [2, 1, 4, 3]) expect((await postDoc(t.url, rita, scorecardDoc(base, { scorecardId: late, revision }))).status).toBe(201);
    expect(await latest(late)).toEqual([4]);

    // Revision 2 is held open before COMMIT while revision 3 is pushed: 3 waits for 2 (its owner claim is locked),
    // and then sees it. Were it not to wait, it would mark revision 1 superseded but not the uncommitted 2.
    const busy = crypto.randomUUID();
    expect((await postDoc(t.url, rita, scorecardDoc(base, { scorecardId: busy, revision: 1 }))).status).toBe(201);
    const [user] = await t.sql<{ id: string }[]>`SELECT id FROM users WHERE name = 'Rita'`;
    const sql = postgres(t.databaseUrl, { max: 2, onnotice: () => undefined });
    try {
      const held = gate();
      const reached = gate();
      const second = storeScorecard(sql, user!.id, scorecardDoc(base, { scorecardId: busy, revision: 2 }), async () => {
        reached.open();
        await held.opened;
      });
      await reached.opened;
      let thirdDone = false;
      const third = postDoc(t.url, rita, scorecardDoc(base, { scorecardId: busy, revision: 3 })).then((res) => ((thirdDone = true), res.status));
      await waitUntil('the third revision waits, or is stored', async () => thirdDone || (await t.sql`SELECT 1 FROM pg_locks WHERE locktype = 'transactionid' AND NOT granted`).length > 0);
      held.open();
      expect((await second).kind).toBe('stored');
      expect(await third).toBe(201);
    } finally {
      await sql.end();
    }
    expect(await latest(busy)).toEqual([3]);
    expect(await t.sql`SELECT scorecard_id, revision FROM current_scorecards ORDER BY revision`).toEqual([
      { scorecard_id: busy, revision: 3 },
      { scorecard_id: late, revision: 4 },
    ]);
  });

  it('two users racing to push revisions of one scorecard: the first owns it, the other is refused and leaves nothing behind', async () => {
    const t = await pg.open();
    const rita = await t.createUser('Rita', 'reviewer', ['North']);
    const sam = await t.createUser('Sam', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const scorecardId = crypto.randomUUID();
    const docs = Array.from({ length: 8 }, (_, i) =>
      scorecardDoc(base, { scorecardId, revision: i + 1, reviewer: i % 2 ? { id: SAM_REVIEWER, name: 'Sam' } : { id: RITA_REVIEWER, name: 'Rita' } }),
    );
    const answers = await Promise.all(docs.map((d, i) => postDoc(t.url, i % 2 ? sam : rita, d)));
    const statuses = answers.map((a) => a.status);
    const winnerIsRita = statuses[0] === 201;
    expect(statuses).toEqual(docs.map((_, i) => ((i % 2 === 0) === winnerIsRita ? 201 : 403)));
    const stored = await t.sql<{ revision: number }[]>`SELECT revision FROM documents ORDER BY revision`;
    expect(stored.map((r) => r.revision)).toEqual(winnerIsRita ? [1, 3, 5, 7] : [2, 4, 6, 8]);
    // The loser's reviewer id was never bound: their transaction rolled back whole.
    expect(await t.sql`SELECT count(*)::int AS n FROM reviewer_bindings`).toEqual([{ n: 1 }]);
  });
});

const RITA_REVIEWER = '0b7f7c1e-1f7b-4d6e-9a51-3c2b8f0e9a01';
const SAM_REVIEWER = '5d2e9c4a-8b3f-4e1d-a7c6-2f9b0e8d7c02';
