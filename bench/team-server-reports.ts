import { createHash } from 'node:crypto';
import postgres from 'postgres';
import { applyMigrations } from '../server/db/migrate';
import { migrations } from '../server/db/migrations';
import { postgresMissing, startCluster } from '../test/server/support/postgres';
import { onceAsync, printRows, timeAsync, type Row } from './harness';

const SCORECARDS = Number(process.env.CALLMARK_BENCH_TEAM_SERVER_SCORECARDS ?? 1_000_000);
const SAMPLES = Number(process.env.CALLMARK_BENCH_TEAM_SERVER_REPORT_SAMPLES ?? 5);
const TEAMS = 40;
const AGENTS_PER_TEAM = 50;
const REVIEWERS = 100;
/** Two years of scorecards, ending the day the reports are asked for. */
const FIRST_DAY = '2024-12-01';
const LAST_DAY = '2026-11-30';
/** Every twentieth row is a second revision of the row before: only the latest revision of a scorecard counts. */
const REVISED_EVERY = 20;
const CHUNK = 100_000;

/**
 * The Reports queries of the team issue, over SCORECARDS rows of the team
 * server's `scorecards` table in PostgreSQL (generated in the database with
 * INSERT … SELECT generate_series: 40 teams of 50 agents, 100 reviewers, two
 * years, one row in twenty a second revision): each query as the server's
 * indexes serve it, beside the same query with index scans turned off (the
 * naive sequential scan), the median of SAMPLES runs each, same answers.
 */
export async function benchTeamServerReports(): Promise<void> {
  if (postgresMissing) {
    console.log(`\n## Team server reports\n- skipped: ${postgresMissing}`);
    return;
  }
  const cluster = await startCluster({ shared_buffers: '256MB', max_wal_size: '4GB', work_mem: '32MB' });
  try {
    const url = cluster.url(await cluster.createDatabase('reports'));
    // Unprepared: a prepared statement keeps the plan it was first given, whatever enable_* says later.
    const sql = postgres(url, { max: 1, prepare: false, onnotice: () => undefined });
    await applyMigrations(sql, migrations);
    const generated = await onceAsync(() => generate(sql, SCORECARDS));
    const team = 'team 7';
    const agentId = uuidOf('agent', 7 * AGENTS_PER_TEAM + 3);
    const queries: [string, ReturnType<typeof query>][] = [
      ['mean per team with n, last 90 days, every team', meanPerTeam(sql, '2026-09-01')],
      ['mean per agent with n, last 90 days, one team', meanPerAgent(sql, team, '2026-09-01')],
      ['band mix, last 90 days, one team', bandMix(sql, team, '2026-09-01')],
      ['trend by week, last year, one team', trend(sql, 'week', { team }, '2025-12-01')],
      ['trend by month, two years, one team', trend(sql, 'month', { team }, FIRST_DAY)],
      ['trend by month, two years, one agent', trend(sql, 'month', { agentId }, FIRST_DAY)],
    ];
    const rows: Row[] = [];
    for (const [name, q] of queries) {
      const indexed = await q(false);
      const naive = await q(true);
      if (JSON.stringify(indexed) !== JSON.stringify(naive)) throw new Error(`bench: "${name}" answers differently without its indexes`);
      const served = await timeAsync(() => q(false), SAMPLES);
      const scanned = await timeAsync(() => q(true), SAMPLES);
      rows.push({ name: `${name} (${indexed.length} rows)`, value: served.median, unit: 'ms', limit: { label: 'naive: the same query, sequential scans only', value: scanned.median } });
    }
    printRows(`Team server reports: ${SCORECARDS.toLocaleString('en')} scorecard rows in PostgreSQL (generated in ${(generated.ms / 1000).toFixed(0)} s), median of ${SAMPLES}`, rows);
    console.log('  Each counts the latest revision of each scorecard only. A ratio under 1 is how much of the naive scan the indexes leave.');
    await sql.end();
  } finally {
    await cluster.destroy();
  }
}

/** md5 as PostgreSQL computes it, so the bench names an agent the database generated. */
const uuidOf = (what: string, n: number) => {
  const h = createHash('md5').update(`${what}${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

/**
 * Fills `documents` (small bodies: the reports read only the report columns)
 * and `scorecards` in chunks, in the database itself, then VACUUM ANALYZE so
 * the planner knows the table and index-only scans can skip the heap.
 */
async function generate(sql: postgres.Sql, n: number): Promise<void> {
  const hours = ((Date.parse(`${LAST_DAY}T00:00:00Z`) - Date.parse(`${FIRST_DAY}T00:00:00Z`)) / 86_400_000 + 1) * 24;
  // Agent and time drawn from a hash of the scorecard's number, independently, so every agent has calls all along.
  await sql.unsafe(`
    CREATE FUNCTION bench_draw(what text, k bigint, size bigint) RETURNS bigint
      AS $$ SELECT ('x' || substr(md5(what || k), 1, 8))::bit(32)::bigint % size $$ LANGUAGE sql IMMUTABLE;
    CREATE FUNCTION bench_scorecard(g bigint) RETURNS bigint AS $$ SELECT CASE WHEN g % ${REVISED_EVERY} = 0 THEN g - 1 ELSE g END $$ LANGUAGE sql IMMUTABLE;`);
  await sql`INSERT INTO users (id, name, role, created_at)
    SELECT md5('reviewer' || r)::uuid, 'Reviewer ' || r, 'reviewer', now() FROM generate_series(0, ${REVIEWERS - 1}) r`;
  for (let from = 1; from <= n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK - 1);
    await sql.begin(async (tx) => {
      // g: the row; k: the scorecard it is a revision of (the row before, for every twentieth row).
      await tx`
        INSERT INTO documents (seq, kind, document_id, revision, writer, body_sha256, body, document, team, reader_team_keys, pushed_by, placed_at, stored_at)
        OVERRIDING SYSTEM VALUE
        SELECT g, 'scorecard', md5('scorecard' || k)::uuid, CASE WHEN g = k THEN 1 ELSE 2 END, '', md5(g::text) || md5(g::text), '{}', '{}'::jsonb,
          'Team ' || t, ARRAY['team ' || t], md5('reviewer' || (k % ${REVIEWERS}))::uuid,
          ${FIRST_DAY}::timestamptz + bench_draw('hour', k, ${hours}) * interval '1 hour' + interval '2 hours', now()
        FROM (SELECT g, bench_scorecard(g) AS k, bench_draw('agent', bench_scorecard(g), ${TEAMS * AGENTS_PER_TEAM}) / ${AGENTS_PER_TEAM} AS t
              FROM generate_series(${from}::bigint, ${to}::bigint) g) AS rows`;
      await tx`
        INSERT INTO scorecards (seq, scorecard_id, revision, completed_at, occurred_at, channel, agent_id, agent_name, team, team_key,
          reviewer_id, reviewer_name, reviewer_user_id, template_id, template_version_id, template_version, template_name,
          score_numerator, score_denominator, score_value, score_rounded, band_id, band_label, meets_target, automatic_fail, latest)
        SELECT d.seq, d.document_id, d.revision, d.placed_at, d.placed_at - interval '2 hours', 'phone',
          md5('agent' || a)::uuid, 'Agent ' || a, d.team, d.reader_team_keys[1],
          d.pushed_by, 'Reviewer', d.pushed_by, md5('template')::uuid, md5('version' || (d.seq % 3))::uuid, 1 + d.seq % 3, 'Customer service',
          score, 100, score, score, band, band, score >= 75, score = 0, (bench_scorecard(d.seq + 1) <> d.seq OR d.seq = ${n})
        FROM (SELECT d.*, bench_draw('agent', bench_scorecard(d.seq), ${TEAMS * AGENTS_PER_TEAM}) AS a, CASE WHEN d.seq % 97 = 0 THEN 0 ELSE 40 + bench_draw('score', d.seq, 61) END AS score
              FROM documents d WHERE d.seq BETWEEN ${from} AND ${to}) AS d,
        LATERAL (SELECT CASE WHEN score < 60 THEN 'Below' WHEN score < 75 THEN 'Developing' WHEN score < 90 THEN 'Meets' ELSE 'Exceeds' END AS band) AS b`;
    });
  }
  await sql`SELECT setval(pg_get_serial_sequence('documents', 'seq'), ${n})`;
  await sql.unsafe('VACUUM ANALYZE documents');
  await sql.unsafe('VACUUM ANALYZE scorecards');
}

type Answer = Record<string, unknown>[];
/** A report query: `naive` runs it with index scans off (a sequential scan of the table), in a transaction of its own. */
function query(sql: postgres.Sql, run: (tx: postgres.TransactionSql) => Promise<Answer>) {
  return (naive: boolean): Promise<Answer> =>
    sql.begin(async (tx) => {
      if (naive) await tx.unsafe('SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_indexonlyscan = off');
      return [...(await run(tx))];
    }) as Promise<Answer>;
}

/** The latest revision of each scorecard, in the range: what every report counts. */
const latestIn = (tx: postgres.TransactionSql, from: string) => tx`
  s.latest AND s.occurred_at >= ${from}::timestamptz AND s.occurred_at < ${LAST_DAY}::timestamptz + interval '1 day'`;

const meanPerTeam = (sql: postgres.Sql, from: string) =>
  query(sql, (tx) => tx`
    SELECT s.team_key, count(s.score_value)::int AS n, round(avg(s.score_value)::numeric, 3)::float AS mean
    FROM scorecards s WHERE ${latestIn(tx, from)} GROUP BY s.team_key ORDER BY s.team_key`);

const meanPerAgent = (sql: postgres.Sql, team: string, from: string) =>
  query(sql, (tx) => tx`
    SELECT s.agent_id, count(s.score_value)::int AS n, round(avg(s.score_value)::numeric, 3)::float AS mean
    FROM scorecards s WHERE s.team_key = ${team} AND ${latestIn(tx, from)} GROUP BY s.agent_id ORDER BY s.agent_id`);

const bandMix = (sql: postgres.Sql, team: string, from: string) =>
  query(sql, (tx) => tx`
    SELECT s.band_label, count(*)::int AS n FROM scorecards s WHERE s.team_key = ${team} AND ${latestIn(tx, from)} GROUP BY s.band_label ORDER BY s.band_label`);

const trend = (sql: postgres.Sql, by: 'week' | 'month', who: { team: string } | { agentId: string }, from: string) =>
  query(sql, (tx) => tx`
    SELECT date_trunc(${by}, s.occurred_at AT TIME ZONE 'UTC')::text AS period, count(s.score_value)::int AS n, round(avg(s.score_value)::numeric, 3)::float AS mean
    FROM scorecards s
    WHERE ${'team' in who ? tx`s.team_key = ${who.team}` : tx`s.agent_id = ${who.agentId}`} AND ${latestIn(tx, from)}
    GROUP BY 1 ORDER BY 1`);
