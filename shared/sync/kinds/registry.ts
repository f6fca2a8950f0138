import { MARKER_FILE } from '../layout';
import type { AnyDocumentKind, WrittenRef } from './kind';

/** The kinds an install syncs, looked up by name (tables, servers) and by folder (shares). */
export interface KindRegistry {
  readonly all: readonly AnyDocumentKind[];
  /** Throws for a kind this install does not know: every kind in its tables was registered when it was written. */
  get(kind: string): AnyDocumentKind;
  has(kind: string): boolean;
}

const NAME = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * Checks the list once, at start: names and folders are unique and plain (a
 * folder name is a path segment of every share), so two kinds can never claim
 * the same file.
 */
export function createKindRegistry(kinds: readonly AnyDocumentKind[]): KindRegistry {
  const byName = new Map<string, AnyDocumentKind>();
  const folders = new Set<string>();
  for (const k of kinds) {
    if (!NAME.test(k.kind)) throw new Error(`document kind "${k.kind}": a kind is lower-case letters, digits and dashes`);
    if (!NAME.test(k.folder) || k.folder === MARKER_FILE) throw new Error(`document kind "${k.kind}": its folder "${k.folder}" is not a plain folder name`);
    if (byName.has(k.kind)) throw new Error(`document kind "${k.kind}" is registered twice`);
    if (folders.has(k.folder)) throw new Error(`document kind "${k.kind}": the folder "${k.folder}" belongs to another kind`);
    byName.set(k.kind, k);
    folders.add(k.folder);
  }
  return {
    all: [...kinds],
    get(kind) {
      const found = byName.get(kind);
      if (!found) throw new Error(`unknown document kind "${kind}"`);
      return found;
    },
    has: (kind) => byName.has(kind),
  };
}

/**
 * The key a server uses to recognise a repeat of one delivery: one per
 * revision (and per writer, for kinds several installs write). Scorecards
 * keep the key of the published contract, `<scorecardId>:r<revision>`.
 */
export function serverKey(kind: AnyDocumentKind, ref: WrittenRef): string {
  if (kind.serverKey) return kind.serverKey(ref);
  return `${ref.kind}:${ref.documentId}:r${ref.revision}${ref.writer ? `:${ref.writer}` : ''}`;
}
