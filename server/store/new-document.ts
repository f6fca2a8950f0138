import type { Sql } from '../db/connect';
import { textArray } from '../db/text-array';
import type { NewDocument, WriteFacts } from './documents';
import { PULL_LOCK } from './pull-lock';

/**
 * The common push in one statement: the first revision of a document, whose
 * reviewer (if its kind names one) is bound to this user already. One
 * statement is its own transaction, so it needs no BEGIN or COMMIT round
 * trip, and PostgreSQL plans and runs one statement instead of seven; it
 * returns once its commit is flushed (synchronous_commit=on, db/connect.ts).
 *
 * It writes everything or nothing, and answers null when the push is not
 * such a one, for the transaction path (./documents.ts) to decide:
 * - the owner claim is inserted only where the reviewer is visibly bound to
 *   this user, and only where no one holds it (DO NOTHING: it neither waits
 *   for nor locks an existing claim); without a fresh claim nothing else is
 *   written. A fresh claim means no revision of the document is stored, so
 *   its report row is the latest and there is none to settle;
 * - the pull lock (./pull-lock.ts) is taken, in shared mode, after the claim
 *   and before the document's seq is drawn (the insert reads the lock's row),
 *   and held until the statement commits;
 * - a concurrent push of the same key that won makes the insert fail on the
 *   unique key, which rolls the statement back whole.
 */
export async function storeNewDocument(sql: Sql, userId: string, doc: NewDocument, writeFacts: WriteFacts | null): Promise<{ kind: 'stored'; seq: string } | null> {
  const { key } = doc;
  const facts = writeFacts?.(sql, sql`doc AS stored`);
  try {
    const [row] = await sql<{ seq: string }[]>`
      WITH owner AS (
        INSERT INTO document_owners (kind, document_id, user_id)
        SELECT ${key.kind}, ${key.documentId}, ${userId}
        ${doc.authorId === null ? sql`` : sql`WHERE EXISTS (SELECT 1 FROM reviewer_bindings WHERE reviewer_id = ${doc.authorId} AND user_id = ${userId})`}
        ON CONFLICT (kind, document_id) DO NOTHING
        RETURNING 1),
      locked AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(${PULL_LOCK}) FROM owner),
      doc AS (
        INSERT INTO documents (kind, document_id, revision, writer, body_sha256, body, document, team, reader_team_keys, pushed_by, placed_at, stored_at)
        SELECT ${key.kind}, ${key.documentId}, ${key.revision}, ${key.writer}, ${doc.bodySha256}, b, b::jsonb, ${doc.team},
          ${textArray(doc.readerTeamKeys)}::text[], ${userId}, ${doc.placedAt}, ${doc.storedAt}
        FROM locked, (SELECT ${doc.body}::text AS b) AS body
        RETURNING seq)
      ${facts ? sql`, facts AS (${facts.insert})` : sql``}
      SELECT seq::text FROM doc`;
    return row ? { kind: 'stored', seq: row.seq } : null;
  } catch (error) {
    // 23505: unique_violation. The transaction path finds out whose it is.
    if ((error as { code?: string }).code === '23505') return null;
    throw error;
  }
}
