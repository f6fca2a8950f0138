/**
 * A probe, not part of `npm run bench`: what a transaction per push costs
 * beside a bare insert, on a private cluster. Inserts the same kind of rows
 * from four connections three ways: bare (autocommit, one round trip),
 * inside `sql.begin` (BEGIN, INSERT, COMMIT: three round trips), and as one
 * pipelined write on a reserved connection. Two rounds each, interleaved.
 * Run: `npx tsx bench/team-server-transaction-shapes.ts`. Findings are in
 * docs/team-server.md ("Tests and figures").
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { teamKey } from '../server/access/team';
import { applyMigrations } from '../server/db/migrate';
import { migrations } from '../server/db/migrations';
import { sampleScorecard, scorecardDoc, type Doc } from '../test/server/support/documents';
import { startCluster } from '../test/server/support/postgres';

const ROWS = 3000;
const CLIENTS = 4;

const cluster = await startCluster({ shared_buffers: '256MB', max_wal_size: '4GB' });
try {
  const sql = postgres(cluster.url(await cluster.createDatabase('shapes')), { max: CLIENTS, onnotice: () => undefined });
  await applyMigrations(sql, migrations);
  const user = randomUUID();
  await sql`INSERT INTO users (id, name, role, created_at) VALUES (${user}, 'Probe', 'admin', now())`;
  const base = await sampleScorecard();
  const insert = (db: postgres.Sql | postgres.TransactionSql, d: Doc) => db`
    INSERT INTO documents (kind, document_id, revision, body_sha256, body, document, team, reader_team_keys, pushed_by, placed_at, stored_at)
    SELECT 'scorecard', ${d.scorecardId}, ${d.revision}, ${d.bodySha256}, b, b::jsonb, 'North', ${db.array([teamKey('North')])}::text[], ${user}, now(), now()
    FROM (SELECT ${d.body}::text AS b) AS body
    ON CONFLICT (kind, document_id, revision, writer) DO NOTHING`;
  const timed = async (work: (d: Doc) => Promise<unknown>) => {
    const docs = Array.from({ length: ROWS }, () => scorecardDoc(base));
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, async () => { while (next < docs.length) await work(docs[next++]!); }));
    return `${(performance.now() - started).toFixed(0)} ms`;
  };
  for (let round = 1; round <= 2; round++) {
    console.log(`round ${round}: bare ${await timed((d) => insert(sql, d))}`);
    console.log(`round ${round}: sql.begin ${await timed((d) => sql.begin((tx) => insert(tx, d)))}`);
    const pipelined = await timed(async (d) => {
      const c = await sql.reserve();
      try {
        await Promise.all([c`BEGIN`, insert(c, d), c`COMMIT`]);
      } finally {
        c.release();
      }
    });
    console.log(`round ${round}: BEGIN, INSERT, COMMIT pipelined ${pipelined}`);
  }
  await sql.end();
} finally {
  await cluster.destroy();
}
