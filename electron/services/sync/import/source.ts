import type { EntryRead, EntryShape, Fingerprint } from '../../../../shared/sync/import-verdicts';
import type { LocalFile } from './content-check';

/**
 * Where colleagues' documents are read from: a shared folder
 * (../folder/source.ts) or a team server's pull (../server/pull-source.ts). The runner (./run.ts)
 * owns deciding, storing, the hooks and the report; a source only lists and
 * reads, and never throws from `list`.
 *
 * Writing a server source against this contract:
 * - `sourceId` is what its bookkeeping is kept under (a folder's share id; a
 *   server target's id).
 * - `list(since)` answers the entries after the cursor `since` (null: from
 *   the start) and `next`, the cursor to resume from once every entry of this
 *   page is stored; `more` asks the runner for the next page at once. The
 *   runner saves `next` in the transaction that stores the page's last batch,
 *   so a crash mid-page lists that page again, and entries already settled are
 *   recognised (by kind and relative path, then by document and revision) and
 *   not stored twice. A folder answers every name, `next: null`.
 * - An entry is named like a file of its kind (`<id>.r<n>.json`, see
 *   shared/sync/file-names.ts) under a path unique within its kind; a server
 *   can use `yyyy/mm/<name>` as a folder does, or just `<name>`.
 * - `read` caps what it reads: too large, not a file and gone are answers.
 *   Anything it throws is asked about with `problem()`: the source going away
 *   stops the pass (nothing is marked), anything else is that entry's problem
 *   and `explain` says why.
 */
export interface ImportSource {
  readonly sourceId: string;
  /** Null when the source can be read now; otherwise why not, in words for the user. */
  problem(): Promise<string | null>;
  list(since: string | null, signal?: AbortSignal): Promise<Listing>;
  read(entry: SourceEntry, maxBytes: number): Promise<EntryRead>;
  /**
   * Where an entry is on this machine's disk, for a checking thread to read it as `read` would (a folder's files;
   * null for anything else). Whatever that thread does not read as a plain file is read again with `read`.
   */
  localFile?(entry: SourceEntry): Promise<LocalFile | null>;
  /** Size and time now, to tell whether an entry skipped before has changed; null when it is gone. */
  fingerprint(entry: SourceEntry): Promise<Fingerprint | null>;
  /**
   * Why reading an entry failed, for the list of skipped entries. A lasting
   * problem comes with the entry's fingerprint, so it is looked at again once
   * it changes; a passing one (a file held by a sync client) without, so the
   * next pass tries again.
   */
  explain(entry: SourceEntry, error: unknown): Promise<{ reason: string; fingerprint: Fingerprint | null }>;
  /** Removes a stale temporary file this install left (a folder's; a server has none). True when removed. */
  tidy(entry: SourceEntry, nowMs: number): Promise<boolean>;
}

export interface SourceEntry {
  /** The document kind whose folder (or feed) it is in. */
  kind: string;
  /** Unique within the kind: `yyyy/mm/<name>` in a share. */
  relativePath: string;
  /** The file name, classified by the kind's name rule. */
  name: string;
  /** What the listing saw (default: a file). A link is listed, never followed; nothing but a file is ever opened. */
  shape?: EntryShape;
  /** `outside`: not where a document of its kind belongs (a share's file beside the year folders); default `layout`. */
  place?: 'layout' | 'outside';
}

export type Listing =
  /** `notice`: something the user should know about this pass though nothing failed (a server's cursor refused, so it read again from the start). */
  | { ok: true; entries: SourceEntry[]; next: string | null; more: boolean; notice?: string }
  /** Nothing was read and nothing changes: the report says "unreachable" with this message. */
  | { ok: false; message: string };
