import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { teamKey } from '../server/access/team';
import { applyMigrations } from '../server/db/migrate';
import { migrations } from '../server/db/migrations';
import { parsePullPage, readPullTrailer } from '../shared/team-server/pull';
import { spawnServer } from '../test/server/support/child-server';
import { postDoc, sampleScorecard, scorecardDoc, type Doc } from '../test/server/support/documents';
import { postgresMissing, startCluster } from '../test/server/support/postgres';
import { cli } from '../test/server/support/cli';
import { onceAsync, printRows } from './harness';

const DOCUMENTS = Number(process.env.CALLMARK_BENCH_TEAM_SERVER_DOCS ?? 100_000);
const CLIENTS = 4;
const BATCH = 10_000;
const PAGE = 500;
const PULL_ROUNDS = 3;

/**
 * Issue 14's team server figures, on a private PostgreSQL cluster:
 * - push: DOCUMENTS real scorecard documents from four concurrent clients to
 *   `callmark-server serve` (its own process, as deployed), beside a bare
 *   `INSERT … ON CONFLICT DO NOTHING` of the same rows (body text and jsonb)
 *   into the same table from four concurrent connections, in interleaved
 *   batches so drift on a busy machine hits both alike;
 * - pull: all of them since an empty cursor, page after page, beside a bare
 *   SELECT of the same rows in order, read in pages of the same size, in
 *   alternating rounds.
 */
export async function benchTeamServer(): Promise<void> {
  if (postgresMissing) {
    console.log(`\n## Team server\n- skipped: ${postgresMissing}`);
    return;
  }
  const cluster = await startCluster({ shared_buffers: '256MB', max_wal_size: '4GB' });
  try {
    const migrated = async (name: string) => {
      const url = cluster.url(await cluster.createDatabase(name));
      const sql = postgres(url, { max: CLIENTS, onnotice: () => undefined });
      await applyMigrations(sql, migrations);
      return { url, sql };
    };
    const served = await migrated('served');
    const bare = await migrated('bare');
    const made = await cli(served.url, ['create-user', '--name', 'Bench Admin', '--role', 'admin']);
    const token = made.out.trim();
    const bareUser = randomUUID();
    await bare.sql`INSERT INTO users (id, name, role, created_at) VALUES (${bareUser}, 'Bench', 'admin', now())`;
    const server = await spawnServer(served.url, { rateLimit: { burst: 1_000_000, perSecond: 1_000_000 }, database: { url: served.url, maxConnections: 8 } }, { collect: 'startup' });
    const base = await sampleScorecard();
    const reviewer = { id: randomUUID(), name: 'Bench Reviewer' };

    const viaServer = (docs: readonly Doc[]) =>
      inParallel(docs, async (d) => {
        const res = await postDoc(server.url, token, d);
        await res.arrayBuffer();
        if (res.status !== 201) throw new Error(`bench: push answered ${res.status}`);
      });
    const bareInsert = (docs: readonly Doc[]) =>
      inParallel(docs, async (d) => {
        await bare.sql`
          INSERT INTO documents (kind, document_id, revision, body_sha256, body, document, team, reader_team_keys, pushed_by, placed_at, stored_at)
          SELECT 'scorecard', ${d.scorecardId}, ${d.revision}, ${d.bodySha256}, b, b::jsonb, 'North', ${bare.sql.array([teamKey('North')])}::text[], ${bareUser}, now(), now()
          FROM (SELECT ${d.body}::text AS b) AS body
          ON CONFLICT (kind, document_id, revision, writer) DO NOTHING`;
      });

    await viaServer(Array.from({ length: 50 }, () => scorecardDoc(base, { reviewer }))); // warm both paths
    await bareInsert(Array.from({ length: 50 }, () => scorecardDoc(base, { reviewer })));
    const pushed = { ms: 0 };
    const inserted = { ms: 0 };
    let bytes = 0;
    for (let done = 0, b = 0; done < DOCUMENTS; done += BATCH, b++) {
      const docs = Array.from({ length: Math.min(BATCH, DOCUMENTS - done) }, () => scorecardDoc(base, { reviewer }));
      bytes += docs.reduce((n, d) => n + Buffer.byteLength(d.body), 0);
      const order = b % 2 === 0 ? ([[viaServer, pushed], [bareInsert, inserted]] as const) : ([[bareInsert, inserted], [viaServer, pushed]] as const);
      for (const [run, total] of order) total.ms += (await onceAsync(() => run(docs))).ms;
    }

    // As the desktop's pull source reads: each page's bytes parsed line by line, the next page asked for as soon as
    // this one's trailer is in (one page ahead), while this one is checked.
    const ask = async (since: string) => {
      const res = await fetch(`${server.url}?limit=${PAGE}&since=${since}`, { headers: { authorization: `Bearer ${token}` } });
      return new Uint8Array(await res.arrayBuffer());
    };
    const pullAll = async () => {
      let count = 0;
      for (let next = ask(''); ; ) {
        const bytes = await next;
        const trailer = readPullTrailer(bytes);
        if (trailer?.hasMore) next = ask(trailer.nextCursor);
        const parsed = parsePullPage(bytes);
        if (!parsed.ok) throw new Error(`bench: ${parsed.message}`);
        count += parsed.page.items.length;
        if (!parsed.page.hasMore) return count;
      }
    };
    const bareSelect = async () => {
      let count = 0;
      await bare.sql`SELECT seq, kind, document_id, revision, body_sha256, stored_at, body FROM documents ORDER BY seq`.cursor(PAGE, (rows) => {
        count += rows.length;
      });
      return count;
    };
    await Promise.all([pullAll(), bareSelect()]); // warm: the pages come from the same caches for both
    // Three rounds, alternating which goes first, so a busy neighbour hits both alike.
    const pulled = { ms: 0 };
    const selected = { ms: 0 };
    for (let round = 0; round < PULL_ROUNDS; round++) {
      const order = round % 2 === 0 ? ([[pullAll, pulled], [bareSelect, selected]] as const) : ([[bareSelect, selected], [pullAll, pulled]] as const);
      for (const [run, total] of order) {
        const { ms, value } = await onceAsync(run);
        if (value !== DOCUMENTS + 50) throw new Error(`bench: read ${value} documents, not ${DOCUMENTS + 50}`);
        total.ms += ms;
      }
    }

    const n = DOCUMENTS;
    printRows(`Team server: ${n.toLocaleString('en')} scorecard documents (${(bytes / n / 1024).toFixed(1)} KiB each), PostgreSQL on this machine`, [
      { name: `push from ${CLIENTS} concurrent clients (total)`, value: pushed.ms / 1000, unit: 's', limit: { label: `bare INSERT … ON CONFLICT DO NOTHING from ${CLIENTS} connections`, value: inserted.ms / 1000 } },
      { name: 'push throughput', value: n / (pushed.ms / 1000), unit: 'documents/s' },
      { name: `pull all since an empty cursor, pages of ${PAGE} (mean of ${PULL_ROUNDS})`, value: pulled.ms / PULL_ROUNDS / 1000, unit: 's', limit: { label: 'bare SELECT of the same rows in order', value: selected.ms / PULL_ROUNDS / 1000 } },
    ]);
    console.log('  Push: each document its own POST, as the desktop sends it, answered only once durable, after the folder import\'s checks (schema, content hash, template hash, signature), the reviewer and owner claims, the report row and the pull lock; the raw limit inserts the same rows (body and jsonb) one autocommit statement each.');
    console.log('  Pull: each page read as the desktop reads it (its bytes parsed line by line, every header checked); the raw limit reads the same rows in order through a cursor of the same page size.');
    // A graceful stop, as systemd would: a profile taken with NODE_OPTIONS=--cpu-prof is written on the way out.
    server.signal('SIGTERM');
    await server.exited;
    await Promise.all([served.sql.end(), bare.sql.end()]);
  } finally {
    await cluster.destroy();
  }
}

/** Runs `work` over `items` with CLIENTS workers, each taking the next item. */
async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
