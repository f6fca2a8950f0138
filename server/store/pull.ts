import type { ReadScope } from '../access/policy';
import type { Sql } from '../db/connect';
import { textArray } from '../db/text-array';
import { PULL_LOCK } from './pull-lock';

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
  /** The document's bytes as stored: sent and written as they are, never decoded. */
  body: Buffer;
}

/**
 * Rows fetched from PostgreSQL at a time while a page streams out: about
 * 3 MB of documents. Smaller batches cost more round trips than the overlap
 * of reading and sending wins back (measured with the bench's pull).
 */
const BATCH = 200;

const ISO_UTC = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

/**
 * Up to `limit` documents the scope may read, after `after` and up to `upTo`,
 * in seq order, in batches as PostgreSQL produces them: the first documents
 * are on their way to the client while later ones are still being read.
 *
 * Raw: every column comes as the bytes PostgreSQL sent, so a 15 KiB body is
 * never decoded to a string and encoded back on its way out (the bench's pull
 * spent more time on that than on anything else of its own).
 */
export async function* pullRows(
  sql: Sql,
  query: { after: number; upTo: number; limit: number; scope: ReadScope; kinds: readonly string[] },
): AsyncGenerator<PulledRow[]> {
  const { scope } = query;
  const batches = sql`
    SELECT d.seq, d.kind, d.document_id, d.revision, d.writer, d.body_sha256,
      to_char(d.stored_at AT TIME ZONE 'UTC', ${ISO_UTC}), to_char(d.placed_at AT TIME ZONE 'UTC', ${ISO_UTC}), d.body
    FROM documents d
    WHERE d.seq > ${query.after} AND d.seq <= ${query.upTo}
    ${query.kinds.length ? sql`AND d.kind = ANY(${textArray(query.kinds)}::text[])` : sql``}
    ${scope.all ? sql`` : sql`AND (d.reader_team_keys && ${textArray(scope.teamKeys)}::text[] OR d.pushed_by = ${scope.ownUserId})`}
    ORDER BY d.seq LIMIT ${query.limit}`
    .raw()
    .cursor(BATCH);
  for await (const rows of batches) {
    yield rows.map((columns) => {
      const [seq, kind, documentId, revision, writer, bodySha256, storedAt, placedAt, body] = columns as unknown as Buffer[];
      const text = (b: Buffer | undefined) => b!.toString('utf8');
      return {
        seq: Number(text(seq)),
        kind: text(kind),
        documentId: text(documentId),
        revision: Number(text(revision)),
        writer: text(writer),
        bodySha256: text(bodySha256),
        storedAt: text(storedAt),
        placedAt: text(placedAt),
        body: body!,
      };
    });
  }
}
