import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CsvExportChunk, CsvKind } from '../../../shared/api/server-sync';
import { generateScorecards } from '../../../bench/generate/scorecards';
import { openService, type OpenedService } from '../../support/service';
import { parseCsv } from './parse-csv';

const SCORECARDS = 10_000;
let s: OpenedService;

// A real gc() so heap figures measure what is kept, not what is merely not yet collected.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapMiB = () => {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

beforeAll(async () => {
  s = openService();
  const reviewer = await s.call('reviewer.setName', { name: 'Bulk Reviewer' });
  generateScorecards(s.service.context.db, { scorecards: SCORECARDS, agents: 50, days: 365, reviewer });
}, 120_000);
afterAll(async () => {
  await s.close();
});

/** Streams the whole export the way the page does, keeping only counts and a little of each chunk. */
async function drain(kind: CsvKind) {
  const baseline = heapMiB();
  let peak = 0;
  let bytes = 0;
  let rows = 0;
  let scorecards = 0;
  let chunks = 0;
  let largestChunk = 0;
  let cursor: string | undefined;
  do {
    const chunk: CsvExportChunk = await s.call('export.csv', { kind, ...(cursor ? { cursor } : {}) });
    chunks++;
    bytes += chunk.text.length;
    largestChunk = Math.max(largestChunk, chunk.text.length);
    rows += parseCsv(chunks === 1 ? chunk.text.slice(1) : chunk.text).length - (chunks === 1 ? 1 : 0);
    expect(rows).toBeGreaterThan(0);
    scorecards += chunk.scorecards;
    expect(chunk.totalScorecards).toBe(chunks === 1 ? SCORECARDS : null);
    cursor = chunk.nextCursor ?? undefined;
    if (chunks % 2 === 0) peak = Math.max(peak, heapMiB() - baseline);
  } while (cursor);
  return { bytes, rows, scorecards, chunks, largestChunk, peakGrowthMiB: peak };
}

describe(`CSV export of ${SCORECARDS.toLocaleString('en')} scorecards`, () => {
  it('one row per scorecard, in bounded chunks', async () => {
    const result = await drain('scorecards');
    expect(result.scorecards).toBe(SCORECARDS);
    expect(result.rows).toBe(SCORECARDS);
    expect(result.chunks).toBe(5);
    expect(result.peakGrowthMiB).toBeLessThan(32);
  }, 120_000);

  it('one row per answer: 200 000 rows, the heap stays bounded by one chunk, not the file', async () => {
    const result = await drain('answers');
    expect(result.scorecards).toBe(SCORECARDS);
    expect(result.rows).toBe(SCORECARDS * 20);
    const fileMiB = result.bytes / 1024 / 1024;
    expect(fileMiB).toBeGreaterThan(40);
    // Each chunk is a small part of the file, and what stays on the heap does not grow with the file.
    expect(result.largestChunk / result.bytes).toBeLessThan(0.25);
    expect(result.peakGrowthMiB).toBeLessThan(fileMiB / 2);
    console.log(`answers export: ${fileMiB.toFixed(1)} MiB in ${result.chunks} chunks, largest ${(result.largestChunk / 1024 / 1024).toFixed(1)} MiB, heap growth ≤ ${result.peakGrowthMiB.toFixed(1)} MiB`);
  }, 120_000);
});
