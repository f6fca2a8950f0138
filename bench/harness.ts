/**
 * A small benchmark harness. Every figure is printed beside the raw limit
 * measured in the same run on the same machine (a bare SQLite statement, a
 * plain file write) and their ratio: these machines are noisy, ratios are
 * what we compare between runs.
 */
export interface Timing {
  median: number;
  p99: number;
  mean: number;
  samples: number;
}

export function time(fn: () => void, samples: number): Timing {
  const durations = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint();
    fn();
    durations[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return summarise(durations);
}

export async function timeAsync(fn: () => Promise<unknown>, samples: number): Promise<Timing> {
  const durations = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint();
    await fn();
    durations[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return summarise(durations);
}

export function once<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export async function onceAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export type Spent = { ms: number; cpuMs: number; mainCpuMs: number };

/** Wall time, CPU time (user + system of this process, its thread pool and worker threads included) and the main thread's alone. */
export async function withCpu<T>(fn: () => Promise<T>): Promise<Spent & { value: T }> {
  const cpu = process.cpuUsage();
  const main = process.threadCpuUsage();
  const timed = await onceAsync(fn);
  const spent = process.cpuUsage(cpu);
  const mainSpent = process.threadCpuUsage(main);
  return { ...timed, cpuMs: (spent.user + spent.system) / 1000, mainCpuMs: (mainSpent.user + mainSpent.system) / 1000 };
}

function summarise(durations: Float64Array): Timing {
  const sorted = Float64Array.from(durations).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { median: at(0.5), p99: at(0.99), mean, samples: sorted.length };
}

export interface Row {
  name: string;
  value: number;
  unit: string;
  /** The raw limit for the same work, measured in this run; omitted for plain counts. */
  limit?: { label: string; value: number };
}

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(4));

export function printRows(title: string, rows: Row[]): void {
  console.log(`\n## ${title}`);
  for (const row of rows) {
    const base = `${row.name}: ${fmt(row.value)} ${row.unit}`;
    if (!row.limit) {
      console.log(`- ${base}`);
      continue;
    }
    const ratio = row.limit.value > 0 ? row.value / row.limit.value : Infinity;
    console.log(`- ${base} | raw limit (${row.limit.label}): ${fmt(row.limit.value)} ${row.unit} | ratio ${ratio.toFixed(2)}×`);
  }
}
