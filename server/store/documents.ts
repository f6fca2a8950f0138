import type { Sql, Tx } from '../db/connect';

/**
 * Storing pushed documents: idempotent on (kind, document id, revision) by a
 * UNIQUE constraint, so a repeated or concurrent push never stores twice.
 *
 * Why `seq` can be a pull cursor. `seq` comes from a sequence when the row is
 * inserted, but transactions commit in any order: a row with seq 7 can become
 * visible after a reader has already seen seq 8 and moved its cursor past 7
 * (the classic outbox-polling bug). So every storing transaction holds
 * PULL_LOCK in SHARED mode from before its seq is drawn until it commits, and
 * a pull first takes PULL_LOCK in EXCLUSIVE mode, which waits for those
 * transactions to finish, and reads max(seq) while holding it: every row up
 * to that point is then committed (or rolled back) for good, and no later
 * insert can draw a smaller seq. Pulls answer only rows up to that point.
 * Storing transactions do not block one another (shared with shared), so
 * commits still group; a pull holds the exclusive lock only while reading one
 * index entry. It is a database lock, so it holds across server processes too.
 */
export const PULL_LOCK = 0x63616c70; // "calp"

export interface NewDocument {
  kind: string;
  documentId: string;
  revision: number;
  bodySha256: string;
  body: string;
  authorId: string;
  team: string;
  teamKey: string;
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

/**
 * Stores one verified document for `userId`, with its report columns, in one
 * transaction. Nothing is written unless everything is: a refused push (or a
 * repeat) leaves no binding, owner or row behind. COMMIT returns only once the WAL is flushed
 * (synchronous_commit=on, see db/connect.ts), so "stored" means durable.
 */
export async function storeDocument(
  sql: Sql,
  userId: string,
  doc: NewDocument,
  storeFacts: (tx: Tx, seq: string) => Promise<void>,
): Promise<StoreOutcome> {
  try {
    return await sql.begin(async (tx) => {
      const author = await claim(
        () => tx<Claim[]>`
          WITH claimed AS (
            INSERT INTO reviewer_bindings (reviewer_id, user_id, bound_at) VALUES (${doc.authorId}, ${userId}, ${doc.storedAt})
            ON CONFLICT (reviewer_id) DO NOTHING RETURNING user_id)
          SELECT c.user_id, u.name FROM claimed c JOIN users u ON u.id = c.user_id
          UNION ALL
          SELECT b.user_id, u.name FROM reviewer_bindings b JOIN users u ON u.id = b.user_id WHERE b.reviewer_id = ${doc.authorId}`,
        () => tx<Claim[]>`SELECT b.user_id, u.name FROM reviewer_bindings b JOIN users u ON u.id = b.user_id WHERE b.reviewer_id = ${doc.authorId}`,
      );
      if (author.userId !== userId) throw new Refusal({ kind: 'author_bound_to_other', userName: author.name });
      const owner = await claim(
        () => tx<Claim[]>`
          WITH claimed AS (
            INSERT INTO document_owners (kind, document_id, user_id) VALUES (${doc.kind}, ${doc.documentId}, ${userId})
            ON CONFLICT (kind, document_id) DO NOTHING RETURNING user_id)
          SELECT c.user_id, u.name FROM claimed c JOIN users u ON u.id = c.user_id
          UNION ALL
          SELECT o.user_id, u.name FROM document_owners o JOIN users u ON u.id = o.user_id WHERE o.kind = ${doc.kind} AND o.document_id = ${doc.documentId}`,
        () => tx<Claim[]>`SELECT o.user_id, u.name FROM document_owners o JOIN users u ON u.id = o.user_id WHERE o.kind = ${doc.kind} AND o.document_id = ${doc.documentId}`,
      );
      if (owner.userId !== userId) throw new Refusal({ kind: 'owned_by_other', userName: owner.name });

      await tx`SELECT pg_advisory_xact_lock_shared(${PULL_LOCK})`;
      const [row] = await tx<{ seq: string }[]>`
        INSERT INTO documents (kind, document_id, revision, body_sha256, body, document, team, team_key, pushed_by, stored_at)
        SELECT ${doc.kind}, ${doc.documentId}, ${doc.revision}, ${doc.bodySha256}, b, b::jsonb, ${doc.team}, ${doc.teamKey}, ${userId}, ${doc.storedAt}
        FROM (SELECT ${doc.body}::text AS b) AS body
        ON CONFLICT (kind, document_id, revision) DO NOTHING
        RETURNING seq::text`;
      if (!row) {
        // A repeat (a lost answer, a laptop resending weeks later), or a concurrent push of the same key that
        // committed first (ON CONFLICT waited for it): this statement sees it. Nothing was written.
        const other = await existingHash(tx, doc);
        if (other === null) throw new Error('a conflicting document vanished');
        throw new Refusal(other === doc.bodySha256 ? { kind: 'already_stored' } : { kind: 'different_content' });
      }
      await storeFacts(tx, row.seq);
      return { kind: 'stored', seq: row.seq } as const;
    });
  } catch (error) {
    if (error instanceof Refusal) return error.outcome;
    // 22P05: "unsupported Unicode escape sequence" — jsonb cannot hold \u0000.
    if ((error as { code?: string }).code === '22P05') return { kind: 'unstorable_json', message: (error as Error).message };
    throw error;
  }
}

async function existingHash(tx: Tx, doc: NewDocument): Promise<string | null> {
  const [row] = await tx<{ body_sha256: string }[]>`
    SELECT body_sha256 FROM documents WHERE kind = ${doc.kind} AND document_id = ${doc.documentId} AND revision = ${doc.revision}`;
  return row?.body_sha256 ?? null;
}

interface Claim {
  user_id: string;
  name: string;
}

/**
 * First come, first served: the claim statement inserts if absent and returns
 * the holder. If a concurrent transaction committed the claim after this
 * statement's snapshot (its insert waited on it), the statement returns
 * nothing; a second statement, with a fresh snapshot in READ COMMITTED, sees it.
 */
async function claim(claimOrRead: () => PromiseLike<Claim[]>, read: () => PromiseLike<Claim[]>): Promise<{ userId: string; name: string }> {
  const [claimed] = await claimOrRead();
  const row = claimed ?? (await read())[0];
  if (!row) throw new Error('a claim vanished');
  return { userId: row.user_id, name: row.name };
}
