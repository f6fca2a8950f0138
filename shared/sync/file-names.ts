import { UUID_PATTERN } from './ids';
import type { AnyDocumentKind, WrittenRef } from './kinds/kind';

/**
 * The names of documents in a share, per kind:
 *
 *   one install writes it      <documentId>.r<revision>.json                 (scorecards)
 *   several installs may       <documentId>.r<revision>.<writer install>.json
 *
 * Ids and install ids are lower-case UUIDs, so a name is written by exactly
 * one install and only ever once: files are immutable, and no lock is needed.
 */
const UUID = UUID_PATTERN;
const REVISION = '[1-9][0-9]{0,8}';

interface NameRule {
  exact: RegExp;
  /** The same name anywhere in a longer one, any case: what sync clients' copies keep. */
  stem: RegExp;
  expected: string;
}

const rules: Record<AnyDocumentKind['writers'], NameRule> = {
  'one-install': {
    exact: new RegExp(`^(${UUID})\\.r(${REVISION})()\\.json$`),
    stem: new RegExp(`(${UUID})\\.r(${REVISION})()`, 'i'),
    expected: '.r<revision>.json',
  },
  'many-installs': {
    exact: new RegExp(`^(${UUID})\\.r(${REVISION})\\.(${UUID})\\.json$`),
    stem: new RegExp(`(${UUID})\\.r(${REVISION})\\.(${UUID})`, 'i'),
    expected: '.r<revision>.<install id>.json',
  },
};

export function documentFileName(kind: AnyDocumentKind, ref: Omit<WrittenRef, 'kind'>): string {
  if (kind.writers === 'many-installs') {
    if (!new RegExp(`^${UUID}$`).test(ref.writer)) throw new Error(`a ${kind.noun} file name needs the writing install's id`);
    return `${ref.documentId}.r${ref.revision}.${ref.writer}.json`;
  }
  return `${ref.documentId}.r${ref.revision}.json`;
}

export type ShareFileName =
  | { is: 'document'; documentId: string; revision: number; writer: string }
  /**
   * A hidden file: our own temporary files, a sync client's bookkeeping, .DS_Store. Never read; `tempOf`
   * names the document a temporary file of ours was for, so a stale one of this install can be removed.
   */
  | { is: 'hidden'; tempOf: Omit<WrittenRef, 'kind'> | null }
  /** A sync client's (or a person's) copy of `of`, the name it copies: `copy` says what sort, in words. */
  | { is: 'conflict'; of: string; ref: Omit<WrittenRef, 'kind'>; copy: string }
  | { is: 'foreign'; message: string };

/**
 * What a file name in one of a kind's month folders is. Anything that carries
 * one of our names but is not exactly it is a copy made by a sync client or by
 * hand ("x (1).json", "x-DESKTOP-ABC.json", "x (conflicted copy).json", ...):
 * the real file under the real name is the one that counts, and a copy stands
 * in for it only when it is missing or damaged (./copy-verdicts.ts).
 */
export function classifyFileName(kind: AnyDocumentKind, name: string): ShareFileName {
  const rule = rules[kind.writers];
  if (name.startsWith('.')) {
    const temp = parseTempFileName(name);
    const final = temp ? rule.exact.exec(temp.finalName) : null;
    return { is: 'hidden', tempOf: final ? refOf(final) : null };
  }
  const exact = rule.exact.exec(name);
  if (exact) return { is: 'document', ...refOf(exact) };
  const stem = rule.stem.exec(name);
  if (stem) {
    const ref = refOf(stem.map((part) => part?.toLowerCase()) as RegExpExecArray);
    const rest = name.slice(stem.index + stem[0].length);
    return { is: 'conflict', of: documentFileName(kind, ref), ref, copy: copyKind(name, rest) };
  }
  return { is: 'foreign', message: `not a Callmark ${kind.noun} file name (expected <${kind.noun} id>${rule.expected})` };
}

const refOf = (m: RegExpExecArray) => ({ documentId: m[1]!, revision: Number(m[2]), writer: m[3] ?? '' });

/** `rest` is what follows our name in the copy's name. */
function copyKind(name: string, rest: string): string {
  if (/sync-conflict/i.test(name)) return 'a Syncthing conflict copy';
  if (/conflict/i.test(name)) return 'a sync conflict copy';
  if (/ \(\d+\)\.json$/i.test(name)) return 'a numbered copy';
  if (/ - copy( \(\d+\))?\.json$/i.test(name) || /^copy of /i.test(name) || / copy( \d+)?\.json$/i.test(name)) return 'a copy';
  if (/^-[^.]+\.json$/i.test(rest)) return 'a copy renamed with a computer name (OneDrive)';
  return 'a copy';
}

/**
 * The temporary name a file is written under before it gets its final name
 * (truncated files from in-place writes: joplin 5056): in the same folder, so
 * the rename is atomic; hidden, so readers skip it; `.~` and `.tmp`, the marks
 * sync clients take for temporary files; carrying the final name, so a stale
 * one left by a crash can be recognised as ours and cleaned up.
 */
export function tempFileName(finalName: string, random: string): string {
  if (!/^[0-9a-z]+$/.test(random)) throw new Error('the random part of a temporary name is lower-case letters and digits');
  return `.~${finalName}.${random}.tmp`;
}

const TEMP_NAME = /^\.~(.+\.json)\.([0-9a-z]+)\.tmp$/;

export function parseTempFileName(name: string): { finalName: string } | null {
  const m = TEMP_NAME.exec(name);
  return m ? { finalName: m[1]! } : null;
}
