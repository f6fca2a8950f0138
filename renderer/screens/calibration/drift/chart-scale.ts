/** Where a session (by position) and a deviation (in points) fall in the chart, and the gridlines to draw. */
export function chartScale(
  sessions: number,
  values: readonly number[],
  box: { width: number; height: number; left: number; right: number; top: number; bottom: number },
): { x: (i: number) => number; y: (points: number) => number; ticks: number[] } {
  // Symmetric around 0, never narrower than ±10 so the ±5 band always shows, in steps of 5.
  const extent = Math.max(10, Math.ceil(Math.max(0, ...values.map(Math.abs)) / 5) * 5);
  const inner = { width: box.width - box.left - box.right, height: box.height - box.top - box.bottom };
  const x = (i: number) => box.left + (sessions <= 1 ? inner.width / 2 : (i / (sessions - 1)) * inner.width);
  const y = (points: number) => box.top + ((extent - points) / (2 * extent)) * inner.height;
  const step = extent <= 20 ? 5 : 10;
  const ticks: number[] = [];
  for (let t = -extent; t <= extent; t += step) ticks.push(t);
  return { x, y, ticks };
}
