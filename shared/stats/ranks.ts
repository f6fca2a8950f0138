/**
 * Ranks 1..n in ascending order, tied values sharing the mean of the ranks they
 * span (1, 2.5, 2.5, 4): the convention under which Spearman's rho is Pearson's r
 * of the ranks, ties included (Kendall & Gibbons, Rank Correlation Methods, 1990, ch. 3).
 */
export function averageRanks(values: readonly number[]): Float64Array {
  const order = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    // Positions start..end−1 hold equal values: ranks start+1..end, whose mean is (start + 1 + end) / 2.
    const rank = (start + 1 + end) / 2;
    for (let i = start; i < end; i++) ranks[order[i]!] = rank;
    start = end;
  }
  return ranks;
}
