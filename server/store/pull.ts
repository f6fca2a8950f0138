import type { ReadScope } from '../access/policy';
import type { Sql } from '../db/connect';
import { PULL_LOCK } from './documents';

/**
 * The highest seq that is final: taken under PULL_LOCK in exclusive mode, so
 * every storing transaction that drew a seq has committed or rolled back
 * (see ./documents.ts for why that makes seq a safe cursor). Waits at most
 * `lockTimeoutMs` for pushes in flight; then PostgreSQL raises 55P03.
 */
export async function stablePoint(sql: Sql, lockTimeoutMs: number): Promise<number> {
  return sql.begin(async (tx) => {
    await tx`SELECT set_config('lock_timeout', ${`${lockTimeoutMs}ms`}, true)`;
    await tx`SELECT pg_advisory_xact_lock(${PULL_LOCK})`;
    const [row] = await tx<{ seq: string }[]>`SELECT coalesce(max(seq), 0)::text AS seq FROM documents`;
    return Number(row!.seq);
  });
}

/** The document at the greatest seq not above `seq`: what a cursor's check is made from. */
export async function documentAtOrBefore(sql: Sql, seq: number): Promise<{ seq: number; kind: string; documentId: string; revision: number } | null> {
  const [row] = await sql<{ seq: string; kind: string; document_id: string; revision: number }[]>`
    SELECT d.seq::text, d.kind, d.document_id, d.revision FROM documents d WHERE d.seq <= ${seq} ORDER BY d.seq DESC LIMIT 1`;
  return row ? { seq: Number(row.seq), kind: row.kind, documentId: row.document_id, revision: row.revision } : null;
}

export interface PulledRow {
  seq: number;
  kind: string;
  documentId: string;
  revision: number;
  bodySha256: string;
  storedAt: string;
  body: string;
}

/** Up to `limit` documents the scope may read, after `after` and up to `upTo`, in seq order. */
export async function pullRows(
  sql: Sql,
  query: { after: number; upTo: number; limit: number; scope: ReadScope; kinds: readonly string[] },
): Promise<PulledRow[]> {
  const { scope } = query;
  const rows = await sql<{ seq: string; kind: string; document_id: string; revision: number; body_sha256: string; stored_at: Date; body: string }[]>`
    SELECT d.seq::text, d.kind, d.document_id, d.revision, d.body_sha256, d.stored_at, d.body FROM documents d
    WHERE d.seq > ${query.after} AND d.seq <= ${query.upTo}
    ${query.kinds.length ? sql`AND d.kind = ANY(${sql.array(query.kinds as string[])}::text[])` : sql``}
    ${scope.all ? sql`` : sql`AND (d.team_key = ANY(${sql.array(scope.teamKeys)}::text[]) OR d.pushed_by = ${scope.ownUserId})`}
    -- d.seq, the column: a bare "seq" here would sort by the text of the output column.
    ORDER BY d.seq LIMIT ${query.limit}`;
  return rows.map((r) => ({
    seq: Number(r.seq),
    kind: r.kind,
    documentId: r.document_id,
    revision: r.revision,
    bodySha256: r.body_sha256,
    storedAt: r.stored_at.toISOString(),
    body: r.body,
  }));
}
