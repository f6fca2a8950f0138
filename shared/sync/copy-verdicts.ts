import type { SeenEntry, Verdict } from './import-verdicts';

/**
 * Conflict copies (`x (1).json`, `x-DESKTOP-ABC.json`, a Syncthing
 * `x.sync-conflict-….json`) are what a sync client leaves when two versions
 * of a name met, or when it could not put a file in place. The file under
 * the real name counts; a copy stands in for it only when that file is
 * missing or damaged and the copy itself is the document the name promises,
 * checked like any other (its hash, its signature, the name it copies).
 * Decided once every original of the pass is settled.
 */
export type OriginalState =
  | { state: 'imported' }
  | { state: 'own' }
  /** Another copy of the same name was imported in its place this pass. */
  | { state: 'stood-in'; by: string }
  | { state: 'missing' }
  | { state: 'damaged'; reason: string };

export interface CopyName {
  /** The name it copies, e.g. `<id>.r1.json`. */
  of: string;
  /** What sort of copy, in words: "a numbered copy", "a Syncthing conflict copy"… */
  copy: string;
}

/**
 * A copy settled by its original without being read, or null when it must be
 * read to stand in for it. A copy seen before is passed over unless what it
 * was skipped for has changed (its original was damaged, and is imported
 * now): then the reason is said again, truthfully.
 */
export function byOriginal(copy: CopyName, original: OriginalState, seen: Pick<SeenEntry, 'outcome' | 'reason'> | undefined): Verdict | null {
  const said = (why: string): Verdict => {
    const reason = `${copy.copy} of ${copy.of}: ${why}`;
    if (seen && (seen.outcome !== 'skipped' || seen.reason === reason)) return { verdict: 'already-seen' };
    return { verdict: 'skipped', reason, fingerprint: null, opened: false };
  };
  switch (original.state) {
    case 'imported':
      return said('not imported, the original is');
    case 'own':
      return said(`not imported, ${copy.of} is this computer’s own`);
    case 'stood-in':
      return said(`not imported, another copy (${original.by}) stands in for ${copy.of}`);
    default:
      return null;
  }
}

/** The verdict on a copy that was read in place of its missing or damaged original: the reason says both. */
export function asCopy(verdict: Verdict, copy: CopyName, original: OriginalState & { state: 'missing' | 'damaged' }): Verdict {
  if (verdict.verdict !== 'skipped') return verdict;
  const why = original.state === 'missing' ? `${copy.of} is missing` : `${copy.of} is damaged (${original.reason})`;
  return { ...verdict, reason: `${copy.copy} of ${copy.of}, which cannot stand in for it: ${why}, and this copy ${verdict.reason}` };
}
