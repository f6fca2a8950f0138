import type { Verdict } from './import-verdicts';

/** The report's counts, from the verdicts of a pass: each listed entry is in exactly one, `read` apart. */
export interface Tally {
  /** Files opened this pass (a count beside the others, not one of them). */
  read: number;
  imported: number;
  duplicates: number;
  own: number;
  alreadySeen: number;
  disappeared: number;
  cleanedTempFiles: number;
  skipped: number;
  /** Hidden files and other tools' temporary files: never read. */
  ignored: number;
}

/** Which count each verdict adds to; `import` is counted once carried out, as `imported`, `duplicate` or `skipped`. */
const COUNTS: Record<Verdict['verdict'], Exclude<keyof Tally, 'read'> | null> = {
  imported: 'imported',
  duplicate: 'duplicates',
  own: 'own',
  'already-seen': 'alreadySeen',
  disappeared: 'disappeared',
  cleaned: 'cleanedTempFiles',
  skipped: 'skipped',
  hidden: 'ignored',
  import: null,
  'check-signature': null,
};

export function tally(verdicts: Iterable<Verdict>): Tally {
  const t: Tally = { read: 0, imported: 0, duplicates: 0, own: 0, alreadySeen: 0, disappeared: 0, cleanedTempFiles: 0, skipped: 0, ignored: 0 };
  for (const v of verdicts) {
    if ('opened' in v && v.opened) t.read += 1;
    const count = COUNTS[v.verdict];
    if (count) t[count] += 1;
  }
  return t;
}
