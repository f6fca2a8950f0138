import type { DriftView } from '../../../../shared/calibration';
import { formatDateTime } from '../../../format/dates';
import { formatPoints } from '../results/figures';

/** The chart's numbers: a row per reviewer, a column per session, and the means. */
export function DriftTable({ drift }: { drift: DriftView }) {
  return (
    <div className="panel">
      <table className="table table--compact" aria-label="Reviewer drift">
        <thead>
          <tr>
            <th scope="col">Reviewer</th>
            {drift.sessions.map((s) => (
              <th key={s.sessionId} scope="col" className="table__numeric">
                {s.title}
                <span className="u-muted"> {formatDateTime(s.at)}</span>
              </th>
            ))}
            <th scope="col" className="table__numeric">
              Mean
            </th>
            <th scope="col" className="table__numeric">
              Mean size
            </th>
          </tr>
        </thead>
        <tbody>
          {drift.reviewers.map((r) => {
            const bySession = new Map(r.points.map((p) => [p.sessionId, p]));
            return (
              <tr key={r.reviewerId}>
                <th scope="row">{r.name}</th>
                {drift.sessions.map((s) => {
                  const p = bySession.get(s.sessionId);
                  return (
                    <td key={s.sessionId} className="table__numeric">
                      {p ? formatPoints(p.points) : '—'}
                      {p?.from === 'median' && <span className="u-muted"> (median)</span>}
                    </td>
                  );
                })}
                <td className="table__numeric">{r.meanDeviation === null ? '—' : formatPoints(r.meanDeviation)}</td>
                <td className="table__numeric">{r.meanAbsoluteDeviation === null ? '—' : r.meanAbsoluteDeviation.toFixed(1)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
