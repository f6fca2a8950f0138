import type { Sql } from '../db/connect';
import { textArray } from '../db/text-array';
import type { NewDocument, WriteFacts } from './documents';
import { PULL_LOCK } from './pull-lock';

export interface BatchDocument {
  doc: NewDocument;
  writeFacts: WriteFacts | null;
}

/**
 * The common batch in one statement: the first revisions of documents whose
 * reviewers (where their kind names one) are bound to this user already.
 * What ./new-document.ts does for one document, for many: one statement, so
 * one transaction and one WAL flush for the lot, returning once its commit is
 * flushed. Each document is stored by it, or left for the caller's
 * transaction path (null in its place), by the same rules:
 * - its owner claim is inserted only where its reviewer is visibly bound to
 *   this user and no one holds the claim; a document without a fresh claim
 *   is not written at all, and one with a fresh claim has no revision stored
 *   yet, so its report row is the latest;
 * - the pull lock (./pull-lock.ts) is taken once, in shared mode, after the
 *   claims and before any seq is drawn, and held until the statement commits.
 * The caller passes each (kind, document id) once: two revisions of one
 * document in one statement could not see each other's report rows.
 *
 * All or nothing: a concurrent push of one of the keys that won (a unique
 * violation) or a body PostgreSQL cannot hold as jsonb fails the statement
 * whole, and every document is then left to the caller (all null), which
 * stores each on its own and answers each as the single push would.
 */
export async function storeNewDocuments(sql: Sql, userId: string, items: readonly BatchDocument[]): Promise<(string | null)[]> {
  if (!items.length) return [];
  const rows = items.map(({ doc }) => {
    const { key } = doc;
    return sql`(${key.kind}::text, ${key.documentId}::uuid, ${key.revision}::int, ${key.writer}::text, ${doc.bodySha256}::text, ${doc.body}::text,
      ${doc.team}::text, ${textArray(doc.readerTeamKeys)}::text[], ${doc.authorId}::uuid, ${doc.placedAt}::timestamptz, ${doc.storedAt}::timestamptz)`;
  });
  const storedOf = (doc: NewDocument) => sql`(SELECT seq FROM doc WHERE doc.kind = ${doc.key.kind} AND doc.document_id = ${doc.key.documentId}::uuid) AS stored`;
  const facts = items.flatMap(({ doc, writeFacts }, n) => {
    const statements = writeFacts?.(sql, storedOf(doc));
    return statements ? [sql`, ${sql(`facts_${n}`)} AS (${statements.insert})`] : [];
  });
  try {
    const stored = await sql<{ kind: string; document_id: string; seq: string }[]>`
      WITH input (kind, document_id, revision, writer, body_sha256, body, team, reader_team_keys, author_id, placed_at, stored_at) AS (
        VALUES ${rows.reduce((list, row) => sql`${list}, ${row}`)}),
      owner AS (
        INSERT INTO document_owners (kind, document_id, user_id)
        SELECT i.kind, i.document_id, ${userId} FROM input i
        WHERE i.author_id IS NULL OR EXISTS (SELECT 1 FROM reviewer_bindings b WHERE b.reviewer_id = i.author_id AND b.user_id = ${userId})
        ON CONFLICT (kind, document_id) DO NOTHING
        RETURNING kind, document_id),
      locked AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(${PULL_LOCK}) FROM (SELECT 1 FROM owner LIMIT 1) AS claimed),
      doc AS (
        INSERT INTO documents (kind, document_id, revision, writer, body_sha256, body, document, team, reader_team_keys, pushed_by, placed_at, stored_at)
        SELECT i.kind, i.document_id, i.revision, i.writer, i.body_sha256, i.body, i.body::jsonb, i.team, i.reader_team_keys, ${userId}, i.placed_at, i.stored_at
        FROM input i JOIN owner o ON o.kind = i.kind AND o.document_id = i.document_id, locked
        RETURNING kind, document_id, seq)
      ${facts.length ? facts.reduce((list, f) => sql`${list}${f}`) : sql``}
      SELECT kind, document_id::text, seq::text FROM doc`;
    const seqs = new Map(stored.map((r) => [`${r.kind}:${r.document_id.toLowerCase()}`, r.seq]));
    return items.map(({ doc }) => seqs.get(`${doc.key.kind}:${doc.key.documentId.toLowerCase()}`) ?? null);
  } catch (error) {
    // 23505: unique_violation (a concurrent push won); 22P05: jsonb cannot hold \u0000. Each is then stored alone.
    const code = (error as { code?: string }).code;
    if (code === '23505' || code === '22P05') return items.map(() => null);
    throw error;
  }
}
