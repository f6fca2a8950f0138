/**
 * How alike two element labels read, for proposing which element of a new
 * version continues which of the old. Deliberately simple and explainable:
 * a reviewer confirms every proposal, so it only has to put the likely pairs first.
 * A label is read once into a profile, because a map compares every
 * unmatched old label with every unmatched new one.
 */

// Words that join others and say nothing about what is being checked.
const FILLER = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'for', 'or', 'in', 'on', 'with', 'at', 'is', 'are', 'be', 'if', 'by', 'their', 'its']);

export interface LabelProfile {
  /** Character pairs of the label's words, lower-cased, as sorted numbers (repeats kept): merged, not looked up. */
  pairs: Float64Array;
  /** Its words, less filler. */
  words: Set<string>;
}

export function labelProfile(label: string): LabelProfile {
  const tokens = label.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const text = tokens.join(' ');
  const pairs = new Float64Array(Math.max(0, text.length - 1));
  for (let i = 0; i < pairs.length; i++) pairs[i] = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
  return { pairs: pairs.sort(), words: new Set(tokens.filter((w) => !FILLER.has(w))) };
}

/**
 * Dice's coefficient on character pairs (0–1): survives a reworded phrase,
 * a typo fixed or a word added, which whole-word matching does not.
 */
export function labelSimilarity(a: LabelProfile, b: LabelProfile): number {
  const x = a.pairs;
  const y = b.pairs;
  const total = x.length + y.length;
  if (total === 0) return a.words.size === b.words.size ? 1 : 0;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * shared) / total;
}

/** The most `labelSimilarity` can be for labels of these lengths: lets a caller skip pairs that cannot reach a threshold. */
export const similarityBound = (a: LabelProfile, b: LabelProfile): number => {
  const total = a.pairs.length + b.pairs.length;
  return total === 0 ? 1 : (2 * Math.min(a.pairs.length, b.pairs.length)) / total;
};

/** The share of `part`'s words found in `whole` (0–1): high when `part` was split out of `whole`. */
export function containedIn(part: LabelProfile, whole: LabelProfile): number {
  if (part.words.size === 0) return 0;
  let found = 0;
  for (const word of part.words) if (whole.words.has(word)) found++;
  return found / part.words.size;
}
