import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { postDoc, sampleScorecard, scorecardDoc } from './support/documents';
import { postgresMissing } from './support/postgres';
import { pullOnce } from './support/pull';
import { storeScorecard } from './support/store';
import { teamServerCluster } from './support/team-server';
import { waitUntil } from './support/wait';

/**
 * A document's first revision, by a reviewer already bound, is stored by one
 * statement (server/store/new-document.ts) rather than a transaction; these
 * prove it keeps the transaction's promises.
 */
describe.skipIf(postgresMissing)('storing a first revision in one statement', () => {
  const pg = teamServerCluster();

  it('holds the pull lock from before its seq is drawn until it commits: a pull waits for it rather than skip it', async () => {
    const t = await pg.open();
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const [rita] = await t.sql<{ id: string }[]>`SELECT id FROM users WHERE name = 'Rita'`;
    const base = await sampleScorecard();
    const reviewer = { id: crypto.randomUUID(), name: 'Rita' };
    expect((await postDoc(t.url, token, scorecardDoc(base, { reviewer }))).status).toBe(201); // binds the reviewer
    const sql = postgres(t.databaseUrl, { max: 4, onnotice: () => undefined });
    const blocker = await sql.reserve();
    try {
      const slow = scorecardDoc(base, { reviewer });
      const fast = scorecardDoc(base, { reviewer });
      // An uncommitted row with slow's key: slow's insert draws its seq, then waits on the key until this rolls back.
      await blocker`BEGIN`;
      await blocker`
        INSERT INTO documents (kind, document_id, revision, writer, body_sha256, body, document, team, reader_team_keys, pushed_by, placed_at, stored_at)
        VALUES ('scorecard', ${slow.scorecardId}, 1, '', ${'0'.repeat(64)}, '{}', '{}', 'North', '{}', ${rita!.id}, now(), now())`;
      const slowStored = storeScorecard(sql, rita!.id, slow);
      await waitUntil('the first revision waits on the key', async () => (await t.sql`SELECT 1 FROM pg_locks WHERE locktype = 'transactionid' AND NOT granted`).length > 0);
      expect((await storeScorecard(sql, rita!.id, fast)).kind).toBe('stored');
      const [seqs] = await t.sql<{ fast: string; drawn: string }[]>`
        SELECT (SELECT seq::text FROM documents WHERE document_id = ${fast.scorecardId}) AS fast, last_value::text AS drawn FROM documents_seq_seq`;
      expect(seqs).toEqual({ fast: seqs!.drawn, drawn: seqs!.drawn }); // fast drew the newest seq; slow holds an earlier one, uncommitted

      const pulling = pullOnce(t.url, token);
      await waitUntil('the pull waits for the lock', async () => (await t.sql`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`).length > 0);
      await blocker`ROLLBACK`;
      expect((await slowStored).kind).toBe('stored');
      const page = await pulling;
      expect(page.items.map((i) => i.documentId).slice(1)).toEqual([slow.scorecardId, fast.scorecardId]);
      const [facts] = await t.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM scorecards WHERE scorecard_id = ${slow.scorecardId} AND latest`;
      expect(facts!.n).toBe(1);
    } finally {
      blocker.release();
      await sql.end();
    }
  });

  it('writes nothing when it cannot store the whole push: a concurrent push of the same key wins, the other is told it is already stored', async () => {
    const t = await pg.open();
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const [rita] = await t.sql<{ id: string }[]>`SELECT id FROM users WHERE name = 'Rita'`;
    const base = await sampleScorecard();
    const reviewer = { id: crypto.randomUUID(), name: 'Rita' };
    expect((await postDoc(t.url, token, scorecardDoc(base, { reviewer }))).status).toBe(201);
    const sql = postgres(t.databaseUrl, { max: 8, onnotice: () => undefined });
    try {
      const doc = scorecardDoc(base, { reviewer });
      const outcomes = await Promise.all(Array.from({ length: 8 }, () => storeScorecard(sql, rita!.id, doc)));
      expect(outcomes.map((o) => o.kind).sort()).toEqual(['already_stored', 'already_stored', 'already_stored', 'already_stored', 'already_stored', 'already_stored', 'already_stored', 'stored']);
      const [rows] = await t.sql<{ documents: number; owners: number; scorecards: number }[]>`
        SELECT (SELECT count(*)::int FROM documents WHERE document_id = ${doc.scorecardId}) AS documents,
          (SELECT count(*)::int FROM document_owners WHERE document_id = ${doc.scorecardId}) AS owners,
          (SELECT count(*)::int FROM scorecards WHERE scorecard_id = ${doc.scorecardId}) AS scorecards`;
      expect(rows).toEqual({ documents: 1, owners: 1, scorecards: 1 });
    } finally {
      await sql.end();
    }
  });
});
