import type { CalibrationResults } from '../../../../shared/calibration';
import { formatPercent } from '../../../../shared/scoring/format';

const one = (v: number | null) => (v === null ? '—' : formatPercent(Math.round(v * 10) / 10));

/** How far apart the counted scores are: lowest, highest, median, mean and standard deviation. */
export function SpreadFacts({ results }: { results: CalibrationResults }) {
  const { spread } = results;
  return (
    <dl className="facts" aria-label="Spread of the scores">
      <dt>Counted</dt>
      <dd>{spread.n === 1 ? '1 score' : `${spread.n} scores`}</dd>
      <dt>Lowest – highest</dt>
      <dd>
        {one(spread.min)} – {one(spread.max)}
        {spread.min !== null && spread.max !== null && ` (${(spread.max - spread.min).toFixed(1)} points apart)`}
      </dd>
      <dt>Median</dt>
      <dd>{one(spread.median)}</dd>
      <dt>Mean</dt>
      <dd>{one(spread.mean)}</dd>
      <dt>Standard deviation</dt>
      <dd>{spread.sd === null ? '— (needs two scores)' : `${spread.sd.toFixed(1)} points`}</dd>
      <dt>Reference score</dt>
      <dd>{results.referenceScore === null ? '— (no reference scorer submitted)' : formatPercent(results.referenceScore)}</dd>
    </dl>
  );
}
