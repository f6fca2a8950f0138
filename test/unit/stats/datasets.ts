// Published data sets the statistics are checked against, each with its source.

/**
 * Cushny & Peebles' hours of extra sleep under two drugs, 10 patients, as printed
 * by Student (1908), "The probable error of a mean", Biometrika 6(1):1–25, Table II
 * (R's `sleep` data set).
 */
export const SLEEP_DRUG_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
export const SLEEP_DRUG_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
/** Student's "difference" column (drug 2 − drug 1), to one decimal as printed. */
export const SLEEP_DIFFERENCES = [1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4];

/** Anscombe (1973), "Graphs in Statistical Analysis", The American Statistician 27(1):17–21, data set I. */
export const ANSCOMBE_X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
export const ANSCOMBE_Y1 = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

/**
 * Fleiss (1971), "Measuring nominal scale agreement among many raters",
 * Psychological Bulletin 76(5):378–382, Table 1: 30 patients, 6 psychiatrists,
 * 5 diagnoses (1 depression, 2 personality disorder, 3 schizophrenia,
 * 4 neurosis, 5 other). Fleiss prints only the counts per category; this
 * rater-by-rater form is the one statsmodels' tests rebuild from them
 * (statsmodels/stats/tests/test_inter_rater.py, `diagnoses`).
 */
export const FLEISS_1971_DIAGNOSES: number[][] = [
  [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
];

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg
 * School for Communication, section C: 4 observers × 12 units, values 1–5, with
 * missing data (no observer coded every unit, unit 12 has a single value).
 * Transposed here to one row per unit. The same data are Gwet's `cac.raw4raters`
 * (Handbook of Inter-Rater Reliability, 4th ed., 2014; R package irrCAC).
 */
export const KRIPPENDORFF_2011: (number | null)[][] = [
  [1, 1, null, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
  [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [null, 5, 5, 5], [null, null, 1, 1], [null, null, 3, null],
];

/**
 * Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed., `cont3x3abstractors`
 * (irrCAC): two abstractors classifying 100 pregnancies as Ectopic, AIU or NIU.
 * Rows: abstractor 1, columns: abstractor 2.
 */
export const ABSTRACTORS_CATEGORIES = ['Ectopic', 'AIU', 'NIU'] as const;
export const ABSTRACTORS_TABLE = [
  [13, 0, 0],
  [0, 20, 7],
  [0, 4, 56],
];

/** The same as one row per unit, one column per abstractor. */
export function abstractorsAsUnits(): (string | null)[][] {
  return ABSTRACTORS_TABLE.flatMap((row, i) =>
    row.flatMap((count, j) => Array.from({ length: count }, () => [ABSTRACTORS_CATEGORIES[i]!, ABSTRACTORS_CATEGORIES[j]!])),
  );
}

/**
 * Gwet (2014), `distrib.6raters` (irrCAC): 15 psychiatric patients, how many of 6
 * raters chose each of 5 diagnoses (the first 15 patients of Fleiss (1971), as counts).
 */
export const SIX_RATERS_DISTRIBUTION = [
  [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
  [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
  [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
];

/** Counts per category turned back into one (anonymous) rating per rater. */
export function unitsFromCounts(rows: number[][]): number[][] {
  return rows.map((row) => row.flatMap((count, k) => Array.from({ length: count }, () => k + 1)));
}
