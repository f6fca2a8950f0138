import type { DriftView } from '../../../../shared/calibration';
import { formatPoints } from '../results/figures';
import { chartScale } from './chart-scale';
import './DriftChart.css';

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { left: 44, right: 16, top: 16, bottom: 28 };
/** Distinct in colour and in dash, so the lines are told apart without colour too. */
const SERIES = [
  { colour: '#1f5fbf', dash: '' },
  { colour: '#b3261e', dash: '6 3' },
  { colour: '#1d7a3a', dash: '2 3' },
  { colour: '#8a5a00', dash: '10 4 2 4' },
  { colour: '#6b3fa0', dash: '1 5' },
  { colour: '#0b5f8a', dash: '8 2' },
];

/**
 * Each reviewer's deviation per session as a line, with the ±5-point band
 * shaded. A picture for the eye; the table below holds the same numbers, and
 * the chart describes itself in words for screen readers.
 */
export function DriftChart({ drift }: { drift: DriftView }) {
  const { x, y, ticks } = chartScale(
    drift.sessions.length,
    drift.reviewers.flatMap((r) => r.points.map((p) => p.points)),
    { width: WIDTH, height: HEIGHT, ...PAD },
  );
  const index = new Map(drift.sessions.map((s, i) => [s.sessionId, i]));
  const words = drift.reviewers.map((r) => `${r.name}: mean ${r.meanDeviation === null ? 'none' : formatPoints(r.meanDeviation)} points over ${r.points.length} session${r.points.length === 1 ? '' : 's'}`).join('; ');
  return (
    <figure className="panel drift-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Deviation per session. ${words}.`} className="drift-chart__svg">
        <rect x={PAD.left} width={WIDTH - PAD.left - PAD.right} y={y(5)} height={y(-5) - y(5)} className="drift-chart__band" />
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} className={t === 0 ? 'drift-chart__zero' : 'drift-chart__grid'} />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="drift-chart__tick">
              {t > 0 ? `+${t}` : t}
            </text>
          </g>
        ))}
        {drift.sessions.map((s, i) => (
          <text key={s.sessionId} x={x(i)} y={HEIGHT - 8} textAnchor="middle" className="drift-chart__tick">
            {i + 1}
          </text>
        ))}
        {drift.reviewers.map((r, n) => {
          const style = SERIES[n % SERIES.length]!;
          const points = r.points.map((p) => `${x(index.get(p.sessionId) ?? 0)},${y(p.points)}`);
          return (
            <g key={r.reviewerId}>
              <polyline points={points.join(' ')} fill="none" stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash} />
              {r.points.map((p) => (
                <circle key={p.sessionId} cx={x(index.get(p.sessionId) ?? 0)} cy={y(p.points)} r={3.5} fill={style.colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="drift-chart__legend">
        {drift.reviewers.map((r, n) => {
          const style = SERIES[n % SERIES.length]!;
          return (
            <span key={r.reviewerId} className="drift-chart__key">
              <svg width="28" height="10" aria-hidden="true">
                <line x1="0" x2="28" y1="5" y2="5" stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash} />
              </svg>
              {r.name}
            </span>
          );
        })}
        <span className="u-muted">Sessions numbered oldest first, as in the table; shaded: within ±5 points.</span>
      </figcaption>
    </figure>
  );
}
