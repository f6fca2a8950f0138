import * as Plot from '@observablehq/plot';
import type { TrendPoint, VersionChange } from '../../shared/api/reports';
import { shown } from '../model/reports/views';

/**
 * The mean score per week or month with its 95 % interval, and the target as
 * a dashed line: the Reports screen's trend and a coaching profile's.
 * `decorate` makes the dots pickable on screen; a printed page leaves them plain.
 * A template's new version is a rule at its period: solid where the line reads
 * across it, dashed where it breaks.
 */
export function trendChart(
  points: readonly TrendPoint[],
  target: number | null,
  width: number,
  decorate?: Plot.RenderFunction,
  changes: readonly VersionChange[] = [],
): Element {
  const scored = points.filter((p) => p.mean !== null);
  return Plot.plot({
    width,
    height: 260,
    x: { type: 'band', domain: points.map((p) => p.label), label: null, tickRotate: points.length > 8 ? -40 : 0 },
    y: { domain: [0, 100], label: 'Mean score %', grid: true },
    marginBottom: points.length > 8 ? 90 : 30,
    marks: [
      ...(target === null ? [] : [Plot.ruleY([target], { stroke: '#8a5a00', strokeDasharray: '4 3' })]),
      Plot.ruleX(scored.filter((p) => p.lower !== null), { x: 'label', y1: 'lower', y2: 'upper', stroke: '#9aa3b0', strokeWidth: 2 }),
      Plot.ruleX(changes.filter((c) => c.continues), { x: 'label', stroke: '#8a5a00' }),
      Plot.ruleX(changes.filter((c) => !c.continues), { x: 'label', stroke: '#8a5a00', strokeDasharray: '6 4' }),
      Plot.text(changes, { x: 'label', y: 100, text: (c: VersionChange) => `v${c.version}`, dy: -6, fill: '#5c3c00' }),
      Plot.line(scored, { x: 'label', y: 'mean', stroke: '#1f5fbf' }),
      Plot.dot(scored, { x: 'label', y: 'mean', r: 5, fill: '#1f5fbf', ...(decorate ? { render: decorate } : {}) }),
    ],
  });
}

export const trendPointWords = (p: TrendPoint) => `${p.label}: mean ${shown(p.mean)}, n ${p.n}, 95 % interval ${shown(p.lower)} to ${shown(p.upper)}`;
