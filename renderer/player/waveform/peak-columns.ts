/**
 * Peaks as the page draws them: one value per pixel column of the view, from
 * whichever answer of `media.peaks` covers it best (the overview of the whole
 * call, or the window last asked for at the view's own width).
 */
export interface PeakRun {
  /** Where the first value starts, and the seconds each value covers. */
  from: number;
  bucketSeconds: number;
  /** One array per channel, each value the largest magnitude (0..1) of its stretch. */
  channels: readonly (readonly number[])[];
}

/** The loudest of a channel's values in each of `count` columns spanning [from, to); 0 where the run has nothing. */
export function columnsOf(values: readonly number[], run: Pick<PeakRun, 'from' | 'bucketSeconds'>, from: number, to: number, count: number): number[] {
  const out = new Array<number>(count).fill(0);
  if (count <= 0 || to <= from || run.bucketSeconds <= 0) return out;
  const perColumn = (to - from) / count;
  for (let c = 0; c < count; c++) {
    const start = (from + c * perColumn - run.from) / run.bucketSeconds;
    const end = (from + (c + 1) * perColumn - run.from) / run.bucketSeconds;
    if (end <= 0 || start >= values.length) continue;
    // Every bucket the column touches, at least the one it lies in when a column is narrower than a bucket.
    const first = Math.max(0, Math.floor(start));
    const last = Math.min(values.length - 1, Math.max(first, Math.ceil(end) - 1));
    let peak = 0;
    for (let i = first; i <= last; i++) peak = Math.max(peak, values[i] ?? 0);
    out[c] = peak;
  }
  return out;
}

/** Whether `run` covers [from, to) at least as finely as `secondsPerColumn`. */
export function covers(run: PeakRun | null, from: number, to: number, secondsPerColumn: number): boolean {
  if (!run) return false;
  const end = run.from + run.bucketSeconds * (run.channels[0]?.length ?? 0);
  return run.from <= from + 1e-9 && end >= to - run.bucketSeconds && run.bucketSeconds <= secondsPerColumn * 1.01;
}

/** One lane for the overview strip: the louder channel at each moment, so both sides of a call show. */
export function mixChannels(channels: readonly (readonly number[])[]): number[] {
  const [first = [], ...rest] = channels;
  return first.map((v, i) => rest.reduce((peak, ch) => Math.max(peak, ch[i] ?? 0), v));
}
