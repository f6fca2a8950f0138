// Statistics for reports and calibration: pure functions, each tested against a worked example from its source.
export { describe, summarise, summariseTotals, type Description, type SampleSummary } from './descriptive';
export { studentTCdf, studentTQuantile, studentTTwoSided } from './student-t';
export { meanInterval, type MeanInterval } from './mean-interval';
export { proportionInterval, type ProportionInterval } from './proportion-interval';
export { compareMeans, type ComparisonWords, type MeanComparison } from './mean-comparison';
export { pearson, type Correlation } from './pearson';
export { spearman, type RankCorrelation } from './spearman';
export { tally, type Agreement, type Category, type RatingTable, type Tally } from './agreement/ratings';
export { percentAgreement } from './agreement/percent-agreement';
export { fleissKappa } from './agreement/fleiss-kappa';
export { gwetAc1 } from './agreement/gwet-ac1';
export { cohenKappa } from './agreement/cohen-kappa';
export { krippendorffAlpha, type LevelOfMeasurement } from './agreement/krippendorff-alpha';
export { measureAgreement, type AgreementFigures } from './agreement/measure';
