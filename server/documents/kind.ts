import type { Fragment } from 'postgres';
import type { AnyDocumentKind, WrittenRef } from '../../shared/sync/kinds';
import type { Db } from '../db/connect';
import type { FactsStatements } from '../store/documents';

/**
 * What the server adds to a kind of the shared registry (shared/sync/kinds/),
 * beyond the checks the folder import makes with it. Every part is optional:
 * a kind with no rule (a calibration document, a published template, a kind
 * that lands later) is verified, stored, owned by its first pusher and read
 * by its pusher's teams all the same (./kinds.ts).
 */
export interface ServerRule<Doc> {
  /** The team the document belongs to, as written (a scorecard: its agent's). Without it, the pusher's teams read it. */
  team?(document: Doc): string;
  /** The desktop reviewer id it is written in the name of, which only one server user may push (see store/documents.ts). */
  author?(document: Doc): string;
  /** A check beyond the kind's own, in a sentence when it fails (what the report columns need). */
  check?(document: Doc): string | null;
  /** The statements writing its report columns, the stored row's seq taken from `stored` (see store/documents.ts). */
  writeFacts?(db: Db, stored: Fragment, document: Doc, pushedBy: string): FactsStatements;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyServerRule = ServerRule<any>;

/** A document that passed every check of its kind, and what storing and access need of it. */
export interface VerifiedDocument {
  kind: AnyDocumentKind;
  rule: AnyServerRule;
  document: unknown;
  /** Which document: its key on the server, as in a share's file name. */
  ref: WrittenRef;
  /** The time that places it in a share's yyyy/mm folders. */
  placedAt: string;
  /** The team it names, or null when its kind names none. */
  team: string | null;
  authorId: string | null;
}

export interface Invalid {
  ok: false;
  /** The stable code of the refusal (the answer's `error`). */
  reason: string;
  message: string;
}
