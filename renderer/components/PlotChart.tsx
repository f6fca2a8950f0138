import type * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import './PlotChart.css';

/**
 * A chart drawn by Observable Plot (SVG, no eval: it runs under the app's CSP
 * `script-src 'self'`). Marks made `pickable` are buttons for keyboard and
 * screen-reader users: each focusable, named with its numbers, and opened
 * with a click, Enter or Space.
 */
export function PlotChart({ label, build }: { label: string; build: (width: number) => Element }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // As wide as the panel it sits in (at least 320 px: narrower, the chart scrolls sideways).
    const chart = build(Math.max(320, box.current?.clientWidth ?? 640));
    // With a legend Plot returns a <figure>: the legend's swatches or ramp first, the chart's own <svg> last.
    const svg = chart instanceof SVGSVGElement ? chart : [...chart.querySelectorAll('svg')].pop();
    svg?.setAttribute('role', 'group');
    svg?.setAttribute('aria-label', label);
    // Plot names its groups ("rule", "x-axis tick"): a name a <g> may not carry, and noise to a screen reader. Only the
    // marks made buttons speak; axes, rules and labels are drawing, and the table view has their numbers.
    chart.querySelectorAll('g[aria-label]').forEach((g) => g.removeAttribute('aria-label'));
    chart.querySelectorAll('svg > g').forEach((g) => {
      if (!g.querySelector('[role="button"]')) g.setAttribute('aria-hidden', 'true');
    });
    box.current?.replaceChildren(chart);
  }, [build, label]);
  return <div className="plot-chart" ref={box} />;
}

/** A Plot `render` option making each drawn element of a mark a named button that opens its datum. */
export function pickable<T>(data: readonly T[], name: (d: T) => string, pick: (d: T) => void): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context) as SVGGElement;
    Array.from(g.children).forEach((el, i) => {
      const d = data[index[i]!];
      if (d === undefined) return;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', name(d));
      el.classList.add('plot-chart__mark');
      el.addEventListener('click', () => pick(d));
      el.addEventListener('keydown', (event) => {
        const key = (event as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') {
          event.preventDefault();
          pick(d);
        }
      });
    });
    return g;
  };
}
