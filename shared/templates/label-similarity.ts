/**
 * How alike two element labels read, for proposing which element of a new
 * version continues which of the old. Deliberately simple and explainable:
 * a reviewer confirms every proposal, so it only has to put the likely pairs first.
 */

// Words that join others and say nothing about what is being checked.
const FILLER = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'for', 'or', 'in', 'on', 'with', 'at', 'is', 'are', 'be', 'if', 'by', 'their', 'its']);

const normalise = (label: string) => label.normalize('NFKC').toLowerCase();

export function words(label: string): Set<string> {
  return new Set((normalise(label).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FILLER.has(w)));
}

function bigrams(label: string): Map<string, number> {
  const text = (normalise(label).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/**
 * Dice's coefficient on character pairs (0–1): survives a reworded phrase,
 * a typo fixed or a word added, which whole-word matching does not.
 */
export function labelSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [pair, n] of x) {
    shared += Math.min(n, y.get(pair) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  if (total === 0) return normalise(a) === normalise(b) ? 1 : 0;
  return (2 * shared) / total;
}

/** The share of `part`'s words found in `whole` (0–1): high when `part` was split out of `whole`. */
export function containedIn(part: string, whole: string): number {
  const p = words(part);
  if (p.size === 0) return 0;
  const w = words(whole);
  let found = 0;
  for (const word of p) if (w.has(word)) found++;
  return found / p.size;
}
