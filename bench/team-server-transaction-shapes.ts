import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { startCluster } from '../test/server/support/postgres';
import { applyMigrations } from '../server/db/migrate';
import { migrations } from '../server/db/migrations';
import { sampleScorecard, scorecardDoc } from '../test/server/support/documents';
const cluster = await startCluster({ shared_buffers: '256MB', max_wal_size: '4GB' });
try {
  const url = cluster.url(await cluster.createDatabase('x'));
  const sql = postgres(url, { max: 4, onnotice: () => undefined });
  await applyMigrations(sql, migrations);
  const u = randomUUID();
  await sql`INSERT INTO users (id, name, role, created_at) VALUES (${u}, 'B', 'admin', now())`;
  const base = await sampleScorecard();
  const N = 3000;
  const ins = (tx: postgres.Sql | postgres.TransactionSql, d: ReturnType<typeof scorecardDoc>) => tx`
    INSERT INTO documents (kind, document_id, revision, body_sha256, body, document, team, reader_team_keys, pushed_by, placed_at, stored_at)
    SELECT 'scorecard', ${d.scorecardId}, 1, ${d.bodySha256}, b, b::jsonb, 'North', '{north}', ${u}, now(), now() FROM (SELECT ${d.body}::text AS b) x
    ON CONFLICT (kind, document_id, revision, writer) DO NOTHING`;
  async function par(work: (d: ReturnType<typeof scorecardDoc>) => Promise<unknown>) {
    const docs = Array.from({ length: N }, () => scorecardDoc(base));
    let i = 0; const t0 = performance.now();
    await Promise.all([0,1,2,3].map(async () => { while (i < docs.length) await work(docs[i++]!); }));
    return performance.now() - t0;
  }
  for (let round = 0; round < 2; round++) {
    console.log('bare', (await par((d) => ins(sql, d))).toFixed(0));
    console.log('begin', (await par((d) => sql.begin((tx) => ins(tx, d)))).toFixed(0));
    console.log('reserved pipeline', (await par(async (d) => { const c = await sql.reserve(); try { await Promise.all([c`BEGIN`, ins(c, d), c`COMMIT`]); } finally { c.release(); } })).toFixed(0));
  }
  await sql.end();
} finally { await cluster.destroy(); }
