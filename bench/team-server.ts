import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { teamKey } from '../server/access/team';
import { applyMigrations } from '../server/db/migrate';
import { textArray } from '../server/db/text-array';
import { migrations } from '../server/db/migrations';
import type { DeliveryTarget, OutgoingItem } from '../electron/services/sync/delivery';
import { RECORD_BATCH } from '../electron/services/sync/outbox/drainer';
import { readWholeBody } from '../electron/services/sync/server/read-answer';
import { createServerTarget } from '../electron/services/sync/server/target';
import { ServerTargetConfig } from '../shared/schemas/server-target';
import { createKindRegistry, DOCUMENT_KINDS } from '../shared/sync/kinds';
import { parsePullPage, readPullTrailer } from '../shared/team-server/pull';
import { spawnServer } from '../test/server/support/child-server';
import { sampleScorecard, scorecardDoc, type Doc } from '../test/server/support/documents';
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
 *   `callmark-server serve` (its own process, as deployed), through the
 *   desktop's own server target as its outbox drives it: a round of
 *   RECORD_BATCH due items per batch push. Beside it, the same count pushed
 *   one document per request (`deliver`, as older clients and servers do) to
 *   a second server on its own database, and the raw limit: a bare
 *   `INSERT … ON CONFLICT DO NOTHING` of the same rows (body text and jsonb)
 *   into the same table from four concurrent connections, one row per
 *   statement, and (for scale) RECORD_BATCH rows per statement. All in
 *   interleaved chunks, in turn, so drift on a busy machine hits each alike;
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
  const started: { close(): Promise<void> }[] = [];
  try {
    const migrated = async (name: string) => {
      const url = cluster.url(await cluster.createDatabase(name));
      const sql = postgres(url, { max: CLIENTS, onnotice: () => undefined });
      await applyMigrations(sql, migrations);
      return { url, sql };
    };
    const served = await migrated('served');
    const single = await migrated('single');
    const bare = await migrated('bare');
    const bareRows = await migrated('bare_rows');
    const serve = async (db: { url: string }) => {
      const token = (await cli(db.url, ['create-user', '--name', 'Bench Admin', '--role', 'admin'])).out.trim();
      const server = await spawnServer(db.url, { rateLimit: { burst: 1_000_000, perSecond: 1_000_000 }, database: { url: db.url, maxConnections: 8 } }, { collect: 'startup' });
      const target = createServerTarget(ServerTargetConfig.parse({ kind: 'server', url: server.url, timeoutMs: 120_000 }), async () => token, createKindRegistry(DOCUMENT_KINDS));
      started.push(server);
      return { server, token, target };
    };
    const { server, token, target } = await serve(served);
    const one = await serve(single);
    const bareUser = randomUUID();
    for (const db of [bare, bareRows]) await db.sql`INSERT INTO users (id, name, role, created_at) VALUES (${bareUser}, 'Bench', 'admin', now())`;
    const base = await sampleScorecard();
    const reviewer = { id: randomUUID(), name: 'Bench Reviewer' };
    const never = new AbortController().signal;

    const viaServer = (docs: readonly Doc[]) => inParallel(rounds(docs), (round) => deliverAll(target, round.map(outgoing), never));
    const oneByOne = (docs: readonly Doc[]) =>
      inParallel(docs, async (d) => {
        const outcome = await one.target.deliver(outgoing(d), never);
        if (outcome.kind !== 'delivered') throw new Error(`bench: push: ${JSON.stringify(outcome)}`);
      });
    const bareInsert = (docs: readonly Doc[]) =>
      inParallel(docs, async (d) => {
        await bare.sql`
          INSERT INTO documents (kind, document_id, revision, body_sha256, body, document, team, reader_team_keys, pushed_by, placed_at, stored_at)
          SELECT 'scorecard', ${d.scorecardId}, ${d.revision}, ${d.bodySha256}, b, b::jsonb, 'North', ${textArray([teamKey('North')])}::text[], ${bareUser}, now(), now()
          FROM (SELECT ${d.body}::text AS b) AS body
          ON CONFLICT (kind, document_id, revision, writer) DO NOTHING`;
      });
    const bareRowsInsert = (docs: readonly Doc[]) => inParallel(rounds(docs), (round) => insertBare(bareRows.sql, bareUser, round));

    const timed = { pushed: { run: viaServer, ms: 0 }, pushedOne: { run: oneByOne, ms: 0 }, inserted: { run: bareInsert, ms: 0 }, insertedRows: { run: bareRowsInsert, ms: 0 } };
    const runners = Object.values(timed);
    for (const r of runners) await r.run(Array.from({ length: 50 }, () => scorecardDoc(base, { reviewer }))); // warm every path
    let bytes = 0;
    for (let done = 0, b = 0; done < DOCUMENTS; done += BATCH, b++) {
      const docs = Array.from({ length: Math.min(BATCH, DOCUMENTS - done) }, () => scorecardDoc(base, { reviewer }));
      bytes += docs.reduce((n, d) => n + Buffer.byteLength(d.body), 0);
      // Each chunk starts with the next runner, so none always follows the same one.
      for (let k = 0; k < runners.length; k++) {
        const r = runners[(b + k) % runners.length]!;
        r.ms += (await onceAsync(() => r.run(docs))).ms;
      }
    }
    const { pushed, pushedOne, inserted, insertedRows } = timed;
    // The pull is measured as before the batch push was: only the served and bare databases left, nothing else running.
    one.server.signal('SIGTERM');
    await Promise.all([one.server.exited, single.sql.end(), bareRows.sql.end()]);
    for (const name of ['single', 'bare_rows']) await cluster.admin.unsafe(`DROP DATABASE "${name}"`);

    // As the desktop's pull source reads: each page's bytes parsed line by line, the next page asked for as soon as
    // this one's trailer is in (one page ahead), while this one is checked.
    const ask = async (since: string) => {
      const res = await fetch(`${server.url}?limit=${PAGE}&since=${since}`, { headers: { authorization: `Bearer ${token}` } });
      const read = await readWholeBody(res, Number.MAX_SAFE_INTEGER, { pushBack: () => undefined });
      if (!('bytes' in read)) throw new Error('bench: a page too large');
      return read.bytes;
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
    const bareLabel = `bare INSERT … ON CONFLICT DO NOTHING from ${CLIENTS} connections, one row per statement`;
    printRows(`Team server: ${n.toLocaleString('en')} scorecard documents (${(bytes / n / 1024).toFixed(1)} KiB each), PostgreSQL on this machine`, [
      { name: `push from ${CLIENTS} concurrent clients, ${RECORD_BATCH} per request (total)`, value: pushed.ms / 1000, unit: 's', limit: { label: bareLabel, value: inserted.ms / 1000 } },
      { name: `the same push (for scale)`, value: pushed.ms / 1000, unit: 's', limit: { label: `bare INSERT, ${RECORD_BATCH} rows per statement`, value: insertedRows.ms / 1000 } },
      { name: `push one document per request (older clients and servers)`, value: pushedOne.ms / 1000, unit: 's', limit: { label: bareLabel, value: inserted.ms / 1000 } },
      { name: 'push throughput', value: n / (pushed.ms / 1000), unit: 'documents/s' },
      { name: `pull all since an empty cursor, pages of ${PAGE} (mean of ${PULL_ROUNDS})`, value: pulled.ms / PULL_ROUNDS / 1000, unit: 's', limit: { label: 'bare SELECT of the same rows in order', value: selected.ms / PULL_ROUNDS / 1000 } },
    ]);
    console.log(`  Push: through the desktop's server target as its outbox drives it (a round of ${RECORD_BATCH} due items per batch push), each document answered only once durable, after the folder import's checks (schema, content hash, template hash, signature), the reviewer and owner claims, the report row and the pull lock; the raw limit inserts the same rows (body and jsonb).`);
    console.log('  Pull: each page read as the desktop reads it (its bytes parsed line by line, every header checked); the raw limit reads the same rows in order through a cursor of the same page size.');
    // A graceful stop, as systemd would: a profile taken with NODE_OPTIONS=--cpu-prof is written on the way out.
    server.signal('SIGTERM');
    await server.exited;
    await Promise.all([served.sql.end(), bare.sql.end()]);
  } finally {
    // A server left running by a failed run would hold this process open.
    for (const s of started) await s.close();
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

/** Documents in rounds of RECORD_BATCH, as the outbox hands them to a target. */
function rounds(docs: readonly Doc[]): Doc[][] {
  const out: Doc[][] = [];
  for (let i = 0; i < docs.length; i += RECORD_BATCH) out.push(docs.slice(i, i + RECORD_BATCH));
  return out;
}

/** A document as the outbox hands it to a target. */
const outgoing = (d: Doc): OutgoingItem => ({ kind: 'scorecard', documentId: d.scorecardId, revision: d.revision, writer: '', body: d.body, contentHash: d.bodySha256, relativePath: '' });

/** Delivers a round, as the drainer would: what the target did not answer for goes again at once. */
async function deliverAll(target: DeliveryTarget, items: readonly OutgoingItem[], signal: AbortSignal): Promise<void> {
  for (let left = items; left.length; ) {
    const outcomes = await target.deliverBatch!(left, signal);
    const wrong = outcomes.find((o) => o.kind !== 'delivered');
    if (wrong || !outcomes.length) throw new Error(`bench: push: ${JSON.stringify(wrong)}`);
    left = left.slice(outcomes.length);
  }
}

/** The raw limit for a batch: the same rows (body and jsonb, same table), several per statement. */
async function insertBare(sql: postgres.Sql, user: string, docs: readonly Doc[]): Promise<void> {
  const rows = docs.map((d) => sql`('scorecard', ${d.scorecardId}::uuid, ${d.revision}::int, ${d.bodySha256}, ${d.body}::text, 'North', ${textArray([teamKey('North')])}::text[], ${user}::uuid)`);
  await sql`
    INSERT INTO documents (kind, document_id, revision, body_sha256, body, document, team, reader_team_keys, pushed_by, placed_at, stored_at)
    SELECT kind, id, rev, sha, b, b::jsonb, team, keys, by, now(), now()
    FROM (VALUES ${rows.reduce((list, row) => sql`${list}, ${row}`)}) AS v (kind, id, rev, sha, b, team, keys, by)
    ON CONFLICT (kind, document_id, revision, writer) DO NOTHING`;
}
