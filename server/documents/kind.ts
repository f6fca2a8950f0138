import type { Tx } from '../db/connect';

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
  /** Writes the report columns of a stored document, in the storing transaction. */
  storeFacts(tx: Tx, seq: string, facts: Facts, pushedBy: string): Promise<void>;
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
