import type { PendingQuery, Row } from 'postgres';
import type { Tx } from '../db/connect';
import type { DocumentKey } from '../store/documents';

/**
 * A kind of document the server accepts. Today only scorecards; coaching
 * sessions and calibration documents will be further entries in ./kinds.ts,
 * each with its own `format`, its own checks and its own facts table, while
 * storage, idempotency, access and pulls stay the same for all.
 */
export interface DocumentKind<Facts = unknown> {
  /** The `kind` column, and what pulls filter on. */
  kind: string;
  /** The document's own `format` field that identifies it. */
  format: string;
  /** Every check the folder import makes, on the exact text received. */
  verify(text: string): VerifiedText<Facts> | Invalid;
  /** Where `callmark-server export` writes a stored document, relative to its folder (forward slashes). */
  exportPath(body: string, documentId: string, revision: number): string;
  /** The statement writing the report columns of the document stored under `key`, for the storing transaction's pipeline. */
  insertFacts(tx: Tx, key: DocumentKey, facts: Facts, pushedBy: string): PendingQuery<Row[]>;
}

export interface VerifiedText<Facts> {
  ok: true;
  documentId: string;
  revision: number;
  /** The desktop install's reviewer (or author) id, bound to one server user. */
  authorId: string;
  /** The team the document belongs to, as written (for a scorecard: the agent's team). */
  team: string;
  facts: Facts;
}

export interface Invalid {
  ok: false;
  /** `wrong_format` means "not this kind": the next kind may accept it. */
  reason: string;
  message: string;
}
