import type { ReadScope } from '../access/policy';
import type { Sql } from '../db/connect';
import { PULL_LOCK } from './documents';

export interface StoredAt {
  seq: number;
  kind: string;
  documentId: string;
  revision: number;
  writer: string;
}

/**
 * The newest document whose seq is final, or null when none is stored: taken
 * with PULL_LOCK in exclusive mode, which waits until every storing
 * transaction that drew a seq has committed or rolled back (see
 * ./documents.ts). One statement: the lock is released when it ends.
 *
 * Its snapshot is taken before the lock is granted, so it may miss a push
 * that committed while it waited; that push's seq is then either above the
 * answer (left for the next pull) or below it, and final, and visible to the
 * statements that read the page after this one. No insert can draw a seq at
 * or below the answer afterwards: seqs only grow, and the answer's own row
 * was drawn before this statement began.
 */
export async function stablePoint(sql: Sql): Promise<StoredAt | null> {
  const [row] = await sql<StoredRow[]>`
    SELECT top.seq::text, top.kind, top.document_id, top.revision, top.writer
    FROM (SELECT pg_advisory_xact_lock(${PULL_LOCK})) AS locked
    LEFT JOIN LATERAL (SELECT d.seq, d.kind, d.document_id, d.revision, d.writer FROM documents d ORDER BY d.seq DESC LIMIT 1) AS top ON true`;
  return row?.seq ? storedAt(row) : null;
}

/** The document at the greatest seq not above `seq`: what a cursor's check is made from. */
export async function documentAtOrBefore(sql: Sql, seq: number): Promise<StoredAt | null> {
  const [row] = await sql<StoredRow[]>`
    SELECT d.seq::text, d.kind, d.document_id, d.revision, d.writer FROM documents d WHERE d.seq <= ${seq} ORDER BY d.seq DESC LIMIT 1`;
  return row?.seq ? storedAt(row) : null;
}

interface StoredRow {
  seq: string | null;
  kind: string;
  document_id: string;
  revision: number;
  writer: string;
}

const storedAt = (row: StoredRow): StoredAt => ({ seq: Number(row.seq), kind: row.kind, documentId: row.document_id, revision: row.revision, writer: row.writer });

export interface PulledRow extends StoredAt {
  bodySha256: string;
  storedAt: string;
  placedAt: string;
  body: string;
}

/**
 * Rows fetched from PostgreSQL at a time while a page streams out: about
 * 3 MB of documents. Smaller batches cost more round trips than the overlap
 * of reading and sending wins back (measured with the bench's pull).
 */
const BATCH = 200;

/**
 * Up to `limit` documents the scope may read, after `after` and up to `upTo`,
 * in seq order, in batches as PostgreSQL produces them: the first documents
 * are on their way to the client while later ones are still being read.
 */
export async function* pullRows(
  sql: Sql,
  query: { after: number; upTo: number; limit: number; scope: ReadScope; kinds: readonly string[] },
): AsyncGenerator<PulledRow[]> {
  const { scope } = query;
  const batches = sql<(StoredRow & { seq: string; body_sha256: string; stored_at: Date; placed_at: Date; body: string })[]>`
    SELECT d.seq::text, d.kind, d.document_id, d.revision, d.writer, d.body_sha256, d.stored_at, d.placed_at, d.body FROM documents d
    WHERE d.seq > ${query.after} AND d.seq <= ${query.upTo}
    ${query.kinds.length ? sql`AND d.kind = ANY(${sql.array(query.kinds as string[])}::text[])` : sql``}
    ${scope.all ? sql`` : sql`AND (d.reader_team_keys && ${sql.array(scope.teamKeys)}::text[] OR d.pushed_by = ${scope.ownUserId})`}
    -- d.seq, the column: a bare "seq" here would sort by the text of the output column.
    ORDER BY d.seq LIMIT ${query.limit}`.cursor(BATCH);
  for await (const rows of batches) {
    yield rows.map((r) => ({ ...storedAt(r), bodySha256: r.body_sha256, storedAt: r.stored_at.toISOString(), placedAt: r.placed_at.toISOString(), body: r.body }));
  }
}
