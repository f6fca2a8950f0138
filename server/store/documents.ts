import type { Fragment, PendingQuery, Row } from 'postgres';
import type { WrittenRef } from '../../shared/sync/kinds';
import type { Db, Sql, Tx } from '../db/connect';
import { textArray } from '../db/text-array';
import { storeNewDocument } from './new-document';
import { PULL_LOCK } from './pull-lock';

/**
 * Storing pushed documents: idempotent on (kind, document id, revision) by a
 * UNIQUE constraint, so a repeated or concurrent push never stores twice.
 * Every storing transaction holds PULL_LOCK (./pull-lock.ts) in shared mode
 * from before its seq is drawn until it commits.
 */

export interface NewDocument {
  /** Kind, id, revision and writer ('' for kinds one install writes): the idempotency key. */
  key: WrittenRef;
  bodySha256: string;
  body: string;
  /** The desktop reviewer id it is written in the name of (scorecards), bound to its first pusher; null for kinds that name none. */
  authorId: string | null;
  /** The team it names, as written; '' when its kind names none. */
  team: string;
  /** The teams whose members read it. */
  readerTeamKeys: readonly string[];
  placedAt: string;
  storedAt: Date;
}

export type StoreOutcome =
  | { kind: 'stored'; seq: string }
  | { kind: 'already_stored' }
  | { kind: 'different_content' }
  /** The document's reviewer (author) id is bound to another user. */
  | { kind: 'author_bound_to_other'; userName: string }
  /** Another user pushed an earlier revision of this document. */
  | { kind: 'owned_by_other'; userName: string }
  /** PostgreSQL refused the JSON (jsonb cannot hold a \u0000 escape). */
  | { kind: 'unstorable_json'; message: string };

class Refusal extends Error {
  constructor(readonly outcome: StoreOutcome) {
    super(outcome.kind);
  }
}

export interface StoreOptions {
  /**
   * Test seam: runs inside the transaction after everything is written,
   * before COMMIT. A store given one always takes the transaction path.
   */
  beforeCommit?: () => Promise<void>;
}

/** A kind's report columns: the row's INSERT (a no-op where `stored` holds no row), and what follows it. */
export interface FactsStatements {
  insert: PendingQuery<Row[]>;
  /** Run after the insert, in the same transaction; not needed for a document's first revision (./new-document.ts). */
  settle: PendingQuery<Row[]>;
}

/** A kind's facts for one document, its seq read from `stored`: a relation with a `seq` column. */
export type WriteFacts = (db: Db, stored: Fragment) => FactsStatements;

interface Claim {
  user_id: string;
  name: string;
}

/**
 * Stores one verified document for `userId`, with its report columns when its
 * kind has them (`writeFacts`: statements that follow the document's row, so
 * they write nothing where none was inserted).
 *
 * Most pushes are a document's first revision, by a reviewer bound already:
 * those are stored by one statement (./new-document.ts). Anything else (a
 * reviewer's first push, a later revision, a repeat, a refusal, a race) comes
 * here, in one transaction. Nothing is written unless everything is:
 * a refused push (or a repeat) rolls back, leaving no binding, owner or row
 * behind. COMMIT returns only once the WAL is flushed (synchronous_commit=on,
 * see db/connect.ts), so "stored" means durable.
 *
 * The statements go to PostgreSQL as one pipeline (one write, one round
 * trip): the document and its facts are inserted only where the claims are
 * this user's, and what happened is read from the answers afterwards.
 * Statements run in order on the connection, each with a fresh snapshot
 * (READ COMMITTED), so each sees what the ones before it wrote.
 */
export async function storeDocument(
  sql: Sql,
  userId: string,
  doc: NewDocument,
  writeFacts: WriteFacts | null,
  options: StoreOptions = {},
): Promise<StoreOutcome> {
  const { key } = doc;
  try {
    if (!options.beforeCommit) {
      const stored = await storeNewDocument(sql, userId, doc, writeFacts);
      if (stored) return stored;
    }
    return await sql.begin(async (tx) => {
      const factsOf = (db: Tx) => {
        const facts = writeFacts?.(db, db`(SELECT d.seq FROM documents d WHERE d.kind = ${key.kind} AND d.document_id = ${key.documentId} AND d.revision = ${key.revision} AND d.writer = ${key.writer}) AS stored`);
        return facts ? [facts.insert, facts.settle] : [];
      };
      const author = (authorId: string) => tx<Claim[]>`
        SELECT b.user_id, u.name FROM reviewer_bindings b JOIN users u ON u.id = b.user_id WHERE b.reviewer_id = ${authorId}`;
      const owner = () => tx<Claim[]>`
        SELECT o.user_id, u.name FROM document_owners o JOIN users u ON u.id = o.user_id WHERE o.kind = ${key.kind} AND o.document_id = ${key.documentId}`;
      const [authorClaim, ownerClaim, , inserted, existing] = await Promise.all([
        // First come, first served: insert the claim if absent, and answer who holds it.
        doc.authorId === null
          ? null
          : tx<Claim[]>`
          WITH claimed AS (
            INSERT INTO reviewer_bindings (reviewer_id, user_id, bound_at) VALUES (${doc.authorId}, ${userId}, ${doc.storedAt})
            ON CONFLICT (reviewer_id) DO NOTHING RETURNING user_id)
          SELECT c.user_id, u.name FROM claimed c JOIN users u ON u.id = c.user_id
          UNION ALL ${author(doc.authorId)}`,
        // DO UPDATE rather than DO NOTHING: it locks the claim until COMMIT, so pushes of one document store one after
        // the other and each sees the other's rows (the latest-revision flag of store/scorecards.ts depends on it).
        tx<Claim[]>`
          WITH claimed AS (
            INSERT INTO document_owners (kind, document_id, user_id) VALUES (${key.kind}, ${key.documentId}, ${userId})
            ON CONFLICT (kind, document_id) DO UPDATE SET user_id = document_owners.user_id RETURNING user_id)
          SELECT c.user_id, u.name FROM claimed c JOIN users u ON u.id = c.user_id
          UNION ALL ${owner()}`,
        // Before the seq is drawn, held until COMMIT: see PULL_LOCK.
        tx`SELECT pg_advisory_xact_lock_shared(${PULL_LOCK})`,
        tx<{ seq: string }[]>`
          INSERT INTO documents (kind, document_id, revision, writer, body_sha256, body, document, team, reader_team_keys, pushed_by, placed_at, stored_at)
          SELECT ${key.kind}, ${key.documentId}, ${key.revision}, ${key.writer}, ${doc.bodySha256}, b, b::jsonb, ${doc.team},
            ${textArray(doc.readerTeamKeys)}::text[], ${userId}, ${doc.placedAt}, ${doc.storedAt}
          FROM (SELECT ${doc.body}::text AS b) AS body
          WHERE EXISTS (SELECT 1 FROM document_owners WHERE kind = ${key.kind} AND document_id = ${key.documentId} AND user_id = ${userId})
            ${doc.authorId === null ? tx`` : tx`AND EXISTS (SELECT 1 FROM reviewer_bindings WHERE reviewer_id = ${doc.authorId} AND user_id = ${userId})`}
          ON CONFLICT (kind, document_id, revision, writer) DO NOTHING
          RETURNING seq::text`,
        // A repeat (a lost answer, a laptop resending weeks later), or a concurrent push of the same key that
        // committed first (the insert waited for it): this later statement sees it.
        tx<{ body_sha256: string }[]>`
          SELECT body_sha256 FROM documents WHERE kind = ${key.kind} AND document_id = ${key.documentId} AND revision = ${key.revision} AND writer = ${key.writer}`,
        ...factsOf(tx),
      ]);
      // The reviewer claim answers nothing when a concurrent transaction committed it after its snapshot (its insert
      // waited on it): a new statement, with a fresh snapshot, sees the holder.
      if (doc.authorId !== null) {
        const authorHolder = authorClaim?.[0] ?? (await author(doc.authorId))[0];
        if (!authorHolder) throw new Error('a reviewer claim vanished');
        if (authorHolder.user_id !== userId) throw new Refusal({ kind: 'author_bound_to_other', userName: authorHolder.name });
      }
      const ownerHolder = ownerClaim[0] ?? (await owner())[0];
      if (!ownerHolder) throw new Error('an owner claim vanished');
      if (ownerHolder.user_id !== userId) throw new Refusal({ kind: 'owned_by_other', userName: ownerHolder.name });
      const seq = inserted[0]?.seq;
      if (!seq) {
        if (!existing[0]) throw new Error('a document was neither stored nor found');
        throw new Refusal(existing[0].body_sha256 === doc.bodySha256 ? { kind: 'already_stored' } : { kind: 'different_content' });
      }
      await options.beforeCommit?.();
      return { kind: 'stored', seq } as const;
    });
  } catch (error) {
    if (error instanceof Refusal) return error.outcome;
    // 22P05: "unsupported Unicode escape sequence" — jsonb cannot hold \u0000.
    if ((error as { code?: string }).code === '22P05') return { kind: 'unstorable_json', message: (error as Error).message };
    throw error;
  }
}
