import postgres from 'postgres';
import { randomUUID } from 'node:crypto';
import { applyMigrations } from '../server/db/migrate';
import { migrations } from '../server/db/migrations';
import { startCluster } from '../test/server/support/postgres';
import { sampleScorecard, scorecardDoc } from '../test/server/support/documents';
import { pullRows } from '../server/store/pull';
import { startTeamServer } from '../server/app';
import { ServerConfig } from '../server/config/schema';
import { createLogger } from '../server/log';
import { cli } from '../test/server/support/cli';
import { PullPage } from '../shared/team-server/pull';

const cluster = await startCluster({ shared_buffers: '256MB' });
try {
  const url = cluster.url(await cluster.createDatabase('p'));
  const sql = postgres(url, { max: 4, onnotice: () => undefined });
  await applyMigrations(sql, migrations);
  const token = (await cli(url, ['create-user', '--name', 'A', '--role', 'admin'])).out.trim();
  const [u] = await sql`SELECT id FROM users`;
  const base = await sampleScorecard();
  for (let i = 0; i < 2000; i++) {
    const d = scorecardDoc(base);
    await sql`INSERT INTO documents (kind, document_id, revision, body_sha256, body, document, team, team_key, pushed_by, stored_at)
      SELECT 'scorecard', ${d.scorecardId}, 1, ${d.bodySha256}, b, b::jsonb, 'North', 'north', ${u!.id}, now() FROM (SELECT ${d.body}::text AS b) x`;
  }
  for (let k = 0; k < 3; k++) {
    let t = performance.now();
    const rows = await pullRows(sql, { after: 0, upTo: 1e9, limit: 500, scope: { all: true }, kinds: [] });
    const tRows = performance.now() - t; t = performance.now();
    const json = rows.map((r) => JSON.stringify(r.body)).join(',');
    const tJson = performance.now() - t; t = performance.now();
    JSON.parse('[' + json + ']');
    const tParse = performance.now() - t;
    t = performance.now();
    await sql`SELECT seq, body FROM documents ORDER BY seq LIMIT 500`;
    const tBare = performance.now() - t;
    console.log({ tRows, tJson, tParse, tBare, size: json.length });
  }
  const server = await startTeamServer({ config: ServerConfig.parse({ listen: { port: 0 }, database: { url } }), log: createLogger(() => {}) });
  for (let k = 0; k < 3; k++) {
    let t = performance.now();
    const res = await fetch(`${server.documentsUrl}?limit=500`, { headers: { authorization: `Bearer ${token}` } });
    const text = await res.text();
    const tFetch = performance.now() - t; t = performance.now();
    const v = JSON.parse(text);
    const tP = performance.now() - t; t = performance.now();
    PullPage.parse(v);
    const tZ = performance.now() - t;
    console.log({ tFetch, tP, tZ });
  }
  await server.close();
  await sql.end();
} finally { await cluster.destroy(); }
