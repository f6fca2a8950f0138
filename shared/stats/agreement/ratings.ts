/** An answer a rater can give: met / not met / not applicable, a scale point, any label. */
export type Category = string | number;

/**
 * Reliability data (Krippendorff 2011): several raters each answering the same
 * units (the elements of one calibration call, or many calls). Missing ratings
 * are null: a reviewer who skipped an element, or joined late.
 */
export interface RatingTable<C extends Category = Category> {
  /**
   * Every answer that could be given, in order. The count matters to Gwet's AC1
   * (chance agreement depends on how many answers were possible, used or not);
   * the order matters to ordinal alpha; interval alpha needs numbers.
   */
  categories: readonly C[];
  /** One row per unit, one cell per rater; null where that rater gave no rating. */
  units: readonly (readonly (C | null)[])[];
}

/**
 * How many raters put each unit in each category: everything Fleiss, Gwet and
 * Krippendorff need, counted once for all of them (Gwet 2014, Handbook of
 * Inter-Rater Reliability, 4th ed., ch. 2, "r_ik").
 */
export interface Tally {
  categories: readonly Category[];
  units: number;
  /** counts[u × q + k]: raters who put unit u in category k. */
  counts: Int32Array;
  /** ratings[u]: how many raters rated unit u. */
  ratings: Int32Array;
}

/** A coefficient, or the reason in words it cannot be computed from these data. */
export type Agreement =
  | { value: number; units: number; reason: null }
  | { value: null; units: number; reason: string };

export const agreement = (value: number, units: number): Agreement => ({ value, units, reason: null });
export const undefinedAgreement = (reason: string, units: number): Agreement => ({ value: null, units, reason });

export const NO_PAIRS = 'no unit was rated by at least two raters, so there is nothing to compare';

export function tally<C extends Category>(table: RatingTable<C>): Tally {
  const q = table.categories.length;
  const index = new Map<Category, number>();
  table.categories.forEach((c, k) => {
    if (index.has(c)) throw new RangeError(`category ${JSON.stringify(c)} is listed twice`);
    index.set(c, k);
  });
  const units = table.units.length;
  const counts = new Int32Array(units * q);
  const ratings = new Int32Array(units);
  for (let u = 0; u < units; u++) {
    for (const rating of table.units[u]!) {
      if (rating === null) continue;
      const k = index.get(rating);
      if (k === undefined) throw new RangeError(`unit ${u} has the rating ${JSON.stringify(rating)}, which is not one of the categories`);
      counts[u * q + k]! += 1;
      ratings[u]! += 1;
    }
  }
  return { categories: table.categories, units, counts, ratings };
}

/** Units rated by two raters or more: the only ones where raters can agree or disagree. */
export function pairableUnits(t: Tally): number {
  let n = 0;
  for (let u = 0; u < t.units; u++) if (t.ratings[u]! >= 2) n++;
  return n;
}
