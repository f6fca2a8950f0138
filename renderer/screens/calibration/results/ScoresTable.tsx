import type { CalibrationResults } from '../../../../shared/calibration';
import { formatPercent } from '../../../../shared/scoring/format';
import { CalibrationTag } from '../CalibrationTag';
import { formatPoints } from './figures';
import './ScoresTable.css';

type Deviation = CalibrationResults['participants'][number]['fromMedian'];

function DeviationCell({ deviation }: { deviation: Deviation }) {
  if (!deviation) return <td className="table__numeric">—</td>;
  return (
    <td className="table__numeric">
      {formatPoints(deviation.points)}{' '}
      <span className={`scores-table__verdict${deviation.within ? '' : ' is-outside'}`}>{deviation.within ? 'within ±5' : 'outside ±5'}</span>
    </td>
  );
}

/** Each participant's overall score and how far it lies from the reference and from the group's median. */
export function ScoresTable({ results }: { results: CalibrationResults }) {
  return (
    <table className="table scores-table" aria-label="Scores">
      <thead>
        <tr>
          <th scope="col">Participant</th>
          <th scope="col" className="table__numeric">
            Score
          </th>
          <th scope="col">Band</th>
          <th scope="col" className="table__numeric">
            From reference
          </th>
          <th scope="col" className="table__numeric">
            From median
          </th>
        </tr>
      </thead>
      <tbody>
        {results.participants.map((p) => (
          <tr key={p.key}>
            <th scope="row">
              {p.name}
              {p.reference && <CalibrationTag>Reference</CalibrationTag>}
              {p.late && <CalibrationTag tone="warning">Late: not in the group’s figures</CalibrationTag>}
            </th>
            <td className="table__numeric">{formatPercent(p.score)}</td>
            <td>
              {p.bandLabel}
              {p.automaticFail && <span className="danger-tag">Automatic fail</span>}
            </td>
            <DeviationCell deviation={p.fromReference} />
            <DeviationCell deviation={p.fromMedian} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
