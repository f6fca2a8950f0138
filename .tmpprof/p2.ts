import postgres from 'postgres';
import { applyMigrations } from '../server/db/migrate';
import { migrations } from '../server/db/migrations';
import { startCluster } from '../test/server/support/postgres';
import { sampleScorecard, scorecardDoc } from '../test/server/support/documents';
import { pullPage } from '../server/pull/page';
import { startTeamServer } from '../server/app';
import { ServerConfig } from '../server/config/schema';
import { createLogger } from '../server/log';
import { cli } from '../test/server/support/cli';
import { formatPullPage, parsePullPage } from '../shared/team-server/pull';

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
  const logs: string[] = [];
  const server = await startTeamServer({ config: ServerConfig.parse({ listen: { port: 0 }, database: { url } }), log: createLogger((l) => logs.push(l)) });
  for (let k = 0; k < 4; k++) {
    let t = performance.now();
    const r = await pullPage(sql, { since: '', limit: 500, scope: { all: true }, kinds: [] }, 1000);
    const a = performance.now() - t; t = performance.now();
    if (!r.ok) throw new Error();
    const text = formatPullPage({ items: r.rows, nextCursor: r.nextCursor, hasMore: r.hasMore });
    const b = performance.now() - t; t = performance.now();
    const bare = await sql`SELECT seq, kind, document_id, revision, body_sha256, stored_at, body FROM documents ORDER BY seq LIMIT 501`;
    const c = performance.now() - t; t = performance.now();
    const res = await fetch(`${server.documentsUrl}?limit=500`, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.text();
    const d = performance.now() - t; t = performance.now();
    parsePullPage(body);
    const e = performance.now() - t;
    console.log(`pullPage ${a.toFixed(0)} format ${b.toFixed(0)} bare ${c.toFixed(0)} fetch ${d.toFixed(0)} parse ${e.toFixed(0)} serverlog ${JSON.parse(logs.at(-1)!).ms} len ${text.length} ${bare.length}`);
  }
  await server.close();
  await sql.end();
} finally { await cluster.destroy(); }
