import type { z } from 'zod';
import type { Sha256Hex } from '../../export/build';

export type { Sha256Hex };

/**
 * Who may write one logical document of a kind. A scorecard is written only by
 * the install that created it (its id is that install's own); a document that
 * several installs may write (a published template two leads edit, say) gets
 * the writer's install id in its file name, so two installs still never write
 * the same name (and no lock file is needed: joplin 8146, 8512).
 */
export type Writers = 'one-install' | 'many-installs';

/** Which document: the key of the outbox, frozen documents, share bookkeeping and imports. */
export interface DocumentRef {
  kind: string;
  documentId: string;
  revision: number;
}

/** A ref and, for kinds several installs write, whose version it is ('' when the kind has one writer). */
export interface WrittenRef extends DocumentRef {
  writer: string;
}

/** What the sync layer reads from every document, whatever its kind. */
export interface DocumentFacts {
  documentId: string;
  revision: number;
  /** The install that wrote it (`origin.installId` in a scorecard). */
  installId: string;
  /** Its `contentHash`: SHA-256 of its canonical JSON without that field. */
  contentHash: string;
  /** The time that places its file in `yyyy/mm/` (a scorecard's completion). */
  placedAt: string;
}

export type Verified<Doc, Extra> =
  | {
      ok: true;
      document: Doc;
      /** The document exactly as written (the schema's `document` has unknown fields stripped and defaults filled). */
      raw: Record<string, unknown>;
      /** What verification worked out anyway and storing needs (a scorecard: its template's canonical text). */
      extra: Extra;
      /**
       * What its signature covers (HashedResult.unsignedHash in ../hashed-document.ts), when verifying worked it
       * out (verifyHashedText does): otherwise the document is serialised again to check its signature.
       */
      unsignedHash?: string;
    }
  | { ok: false; message: string };

/**
 * One kind of document that travels through sync. Everything here is pure, so
 * the page, the backend and an outside reader agree on it. The backend side
 * (how this install builds one when it is completed, what a feature does with
 * an imported one) is in electron/services/sync/kinds/.
 */
export interface DocumentKind<Doc = unknown, Extra = unknown> {
  /** Stored in every table and sent to servers: never renamed once released. Lower-case letters, digits and dashes. */
  kind: string;
  /** Its folder at the root of a share, beside the marker: `scorecards`. */
  folder: string;
  /** The word for one, in messages: "scorecard". */
  noun: string;
  writers: Writers;
  schema: z.ZodType<Doc>;
  /**
   * Checks a file's text: complete JSON, this kind's format in a version we read, the schema, the content hash.
   * `utf8`: the file's bytes, when they are valid UTF-8 (../cut-members.ts): its hashes are taken over them.
   */
  verify(text: string, sha256: Sha256Hex, utf8?: Uint8Array): Verified<Doc, Extra>;
  facts(document: Doc): DocumentFacts;
  /**
   * What an install keeps of an imported document, when not all of it (a
   * scorecard keeps its template once per version, apart). Default: all of it.
   */
  stored?(raw: Record<string, unknown>): Record<string, unknown>;
  /** The server's Idempotency-Key of one revision (see serverKey in ./server-key.ts for the default). */
  serverKey?(ref: WrittenRef): string;
  /**
   * Other documents refer to this kind's content hash as it was built (a
   * calibration commitment names its submission's): its signature is added
   * without changing `contentHash` (../signature.ts). Default: the hash is
   * taken again over the signed document, which every earlier reader checks.
   */
  keepsContentHash?: boolean;
  /** The largest file of this kind worth reading, when not the import's default (5 MB): anything bigger is refused unread. */
  maxBytes?: number;
}

/** A registry holds kinds of any document type; each kind's own code knows its type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDocumentKind = DocumentKind<any, any>;
