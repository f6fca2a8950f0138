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

const ISO_UTC = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

export interface PageRead {
  /**
   * The newest document whose seq is final, or null when none is stored:
   * taken with PULL_LOCK in exclusive mode, which waits until every storing
   * transaction that drew a seq has committed or rolled back (see
   * ./pull-lock.ts). One statement: the lock is released when it ends.
   *
   * Its snapshot is taken before the lock is granted, so it may miss a push
   * that committed while it waited; that push's seq is then either above the
   * answer (left for the next pull) or below it, and final, and visible to the
   * statement that reads the page after this one. No insert can draw a seq at
   * or below the answer afterwards: seqs only grow, and the answer's own row
   * was drawn before this statement began.
   */
  newest: Promise<StoredAt | null>;
  /** The document at the greatest seq not above `after` (what a cursor's check is made from); null when `after` is 0. */
  atStart: Promise<StoredAt | null>;
  /** Resolves once every row has been handed to `onRow`, and the connection is back in the pool. */
  done: Promise<void>;
}

/**
 * One page of a pull, as three statements sent together on one connection
 * (one round trip, where asking for each in turn cost five on a busy
 * machine): the stable point (`newest`), the cursor's check (`atStart`),
 * and up to `limit` documents the scope may read after `after` and up to the
 * stable point, in seq order, each handed to `onRow` as PostgreSQL sends it.
 * The stable point reaches the page's statement through a setting of the
 * connection, written by the first statement and read by the third: each
 * statement runs after the one before it has ended, with a snapshot of its
 * own, so the page sees every row up to the stable point. The page is read
 * even when the caller then refuses the cursor: at most one page, and the
 * refusal is rare.
 *
 * Raw: every column comes as the bytes PostgreSQL sent, so a 15 KiB body is
 * never decoded to a string and encoded back on its way out.
 */
export async function readPage(
  sql: Sql,
  query: { after: number; limit: number; scope: ReadScope; kinds: readonly string[] },
  onRow: (row: PulledRow) => void,
): Promise<PageRead> {
  const { scope } = query;
  const c = await sql.reserve();
  const newest = c<StoredRow[]>`
    SELECT top.seq::text, top.kind, top.document_id, top.revision, top.writer, set_config('callmark.pull_up_to', coalesce(top.seq, 0)::text, false)
    FROM (SELECT pg_advisory_xact_lock(${PULL_LOCK})) AS locked
    LEFT JOIN LATERAL (SELECT d.seq, d.kind, d.document_id, d.revision, d.writer FROM documents d ORDER BY d.seq DESC LIMIT 1) AS top ON true`.then(([row]) => (row?.seq ? storedAt(row) : null));
  const atStart = query.after > 0
    ? c<StoredRow[]>`
      SELECT d.seq::text, d.kind, d.document_id, d.revision, d.writer FROM documents d WHERE d.seq <= ${query.after} ORDER BY d.seq DESC LIMIT 1`.then(([row]) => (row?.seq ? storedAt(row) : null))
    : Promise.resolve(null);
  const text = (b: Buffer | undefined) => b!.toString('utf8');
  // A setting the first statement did not write (it failed) reads as 0: no rows, and the failure is the answer.
  const rows = c`
    SELECT d.seq, d.kind, d.document_id, d.revision, d.writer, d.body_sha256,
      to_char(d.stored_at AT TIME ZONE 'UTC', ${ISO_UTC}), to_char(d.placed_at AT TIME ZONE 'UTC', ${ISO_UTC}), d.body
    FROM documents d
    WHERE d.seq > ${query.after} AND d.seq <= coalesce(nullif(current_setting('callmark.pull_up_to', true), ''), '0')::bigint
    ${query.kinds.length ? sql`AND d.kind = ANY(${textArray(query.kinds)}::text[])` : sql``}
    ${scope.all ? sql`` : sql`AND (d.reader_team_keys && ${textArray(scope.teamKeys)}::text[] OR d.pushed_by = ${scope.ownUserId})`}
    ORDER BY d.seq LIMIT ${query.limit}`
    .raw()
    .forEach((columns) => {
      const [seq, kind, documentId, revision, writer, bodySha256, storedAt, placedAt, body] = columns as unknown as Buffer[];
      onRow({
        seq: Number(text(seq)),
        kind: text(kind),
        documentId: text(documentId),
        revision: Number(text(revision)),
        writer: text(writer),
        bodySha256: text(bodySha256),
        storedAt: text(storedAt),
        placedAt: text(placedAt),
        body: body!,
      });
    });
  const settled = Promise.allSettled([newest, atStart, rows]).then(() => c.release());
  return { newest, atStart, done: Promise.all([rows, settled]).then(() => undefined) };
}
