/**
 * A probe, not part of `npm run bench`: where a push's time goes, without
 * HTTP. On a private cluster, from four connections, the same kind of
 * scorecard rows: a bare insert (autocommit, one round trip); the same insert
 * inside `sql.begin` (three round trips); BEGIN, INSERT and COMMIT pipelined
 * on a reserved connection (one); the server's document checks alone (CPU);
 * and the push route's checks with the server's own `storeDocument`. Two
 * rounds, each shape after the other. Run:
 * `npx tsx bench/team-server-push-anatomy.ts` (ROWS=3000 by default).
 * What it showed is in docs/team-server.md ("Tests and figures").
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { teamKey } from '../server/access/team';
import { applyMigrations } from '../server/db/migrate';
import { migrations } from '../server/db/migrations';
import { createServerKinds } from '../server/documents/kinds';
import { sampleScorecard, scorecardDoc, type Doc } from '../test/server/support/documents';
import { startCluster } from '../test/server/support/postgres';
import { storeScorecard } from '../test/server/support/store';

const ROWS = Number(process.env.ROWS ?? 3000);
const CLIENTS = 4;

const cluster = await startCluster({ shared_buffers: '256MB', max_wal_size: '4GB' });
try {
  const sql = postgres(cluster.url(await cluster.createDatabase('anatomy')), { max: CLIENTS, onnotice: () => undefined, connection: { synchronous_commit: 'on' } });
  await applyMigrations(sql, migrations);
  const user = randomUUID();
  await sql`INSERT INTO users (id, name, role, created_at) VALUES (${user}, 'Probe', 'admin', now())`;
  const base = await sampleScorecard();
  const reviewer = { id: randomUUID(), name: 'Probe Reviewer' };
  const kinds = createServerKinds();

  const insert = (db: postgres.Sql | postgres.TransactionSql, d: Doc) => db`
    INSERT INTO documents (kind, document_id, revision, body_sha256, body, document, team, reader_team_keys, pushed_by, placed_at, stored_at)
    SELECT 'scorecard', ${d.scorecardId}, ${d.revision}, ${d.bodySha256}, b, b::jsonb, 'North', ${db.array([teamKey('North')])}::text[], ${user}, now(), now()
    FROM (SELECT ${d.body}::text AS b) AS body
    ON CONFLICT (kind, document_id, revision, writer) DO NOTHING`;
  const checked = async (d: Doc) => {
    const found = await kinds.verify('scorecard', d.body);
    if (!found.ok) throw new Error(found.message);
  };
  const shapes: [string, (d: Doc) => Promise<unknown>][] = [
    ['bare INSERT', (d) => insert(sql, d)],
    ['INSERT in sql.begin', (d) => sql.begin((tx) => insert(tx, d))],
    [
      'BEGIN, INSERT, COMMIT pipelined',
      async (d) => {
        const c = await sql.reserve();
        try {
          await Promise.all([c`BEGIN`, insert(c, d), c`COMMIT`]);
        } finally {
          c.release();
        }
      },
    ],
    ['document checks alone (schema, hashes, signature)', checked],
    ['the push route\'s checks and storeDocument, report rows included', (d) => storeScorecard(sql, user, d)],
  ];
  for (let round = 1; round <= 2; round++) {
    for (const [label, work] of shapes) {
      const docs = Array.from({ length: ROWS }, () => scorecardDoc(base, { reviewer }));
      let next = 0;
      const started = performance.now();
      await Promise.all(Array.from({ length: CLIENTS }, async () => { while (next < docs.length) await work(docs[next++]!); }));
      console.log(`round ${round}: ${label}: ${(performance.now() - started).toFixed(0)} ms for ${ROWS}`);
    }
  }
  await sql.end();
} finally {
  await cluster.destroy();
}
