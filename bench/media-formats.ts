import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { computePeakTable, type PeakStats } from '../electron/services/media/peaks';
import { onceAsync, printRows, timeAsync, type Row } from './harness';
import { longestStall, streamFile } from './media';
import { RECORDING_LABELS, writeBenchRecording, type BenchRecording } from './media-recordings';
import { startBenchService } from './media-service';

const SECONDS = Number(process.env.CALLMARK_BENCH_RECORDING_SECONDS ?? 3600);
const kb = (value: unknown) => Buffer.byteLength(JSON.stringify(value)) / 1024;

/** Native ffmpeg decoding the same file to nothing: what a decode of it costs outside WebAssembly. */
function ffmpegDecodeMs(file: string): number {
  const started = performance.now();
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-threads', '1', '-i', file, '-f', 'null', '-'], { stdio: 'ignore' });
  return performance.now() - started;
}

/**
 * Issue 13, Node side: a one-hour GSM 6.10, MP3 and stereo recording attached,
 * its peak table computed (decoded by our GSM decoder or mpg123's WebAssembly
 * build), and the overview and a zoomed window answered from it, each beside a
 * raw limit measured in the same run.
 */
export async function benchMediaFormats(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-bench-formats-'));
  const service = await startBenchService(path.join(folder, 'data'));
  const { call } = service;
  try {
    for (const kind of ['gsm', 'mp3', 'stereo'] as BenchRecording[]) {
      const { file, bytes } = writeBenchRecording(folder, kind, SECONDS);
      const scorecardId = await service.newReview();

      await streamFile(file);
      const plainHash = await onceAsync(() => {
        const hash = createHash('sha256');
        return streamFile(file, (c) => hash.update(c));
      });
      const attach = await longestStall(() => onceAsync(() => call('media.attach', { scorecardId, path: file })));
      // The first media.peaks waits for the table attach started computing in the background.
      const firstPeaks = await onceAsync(() => call('media.peaks', { scorecardId, buckets: 2000 }));

      // The table alone, from scratch, from the file the page plays (the GSM file's decoded copy).
      const state = (await call('media.get', { scorecardId })) as { source: { url: string } };
      const served = (await call('media.streamSource', { capability: state.source.url.split('/').pop() })) as { path: string };
      const stats: PeakStats = { slices: 0, longestSliceMs: 0 };
      const table = await longestStall(() => onceAsync(() => computePeakTable(served.path, stats)));
      const plainRead = await onceAsync(() => streamFile(served.path));
      const nativeDecode = kind === 'mp3' ? ffmpegDecodeMs(file) : null;

      const get = await timeAsync(() => call('media.get', { scorecardId }), 20);
      const overview = await timeAsync(() => call('media.peaks', { scorecardId, buckets: 2000 }), 20);
      const zoom = await timeAsync(() => call('media.peaks', { scorecardId, buckets: 1000, fromSeconds: SECONDS / 2, toSeconds: SECONDS / 2 + 60 }), 20);
      const overviewValue = await call('media.peaks', { scorecardId, buckets: 2000 });
      const zoomValue = (await call('media.peaks', { scorecardId, buckets: 1000, fromSeconds: SECONDS / 2, toSeconds: SECONDS / 2 + 60 })) as { bucketSeconds: number };
      // A restart: the table comes from the data folder, not from the audio.
      await service.restart();
      const fromDisk = await onceAsync(() => call('media.peaks', { scorecardId, buckets: 2000 }));

      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      const rows: Row[] = [
        { name: 'media.attach (sniff + SHA-256 + decode if needed + store)', value: attach.value.ms, unit: 'ms', limit: { label: 'plain SHA-256 of the file', value: plainHash.ms } },
        { name: 'longest event-loop stall during attach', value: attach.stallMs, unit: 'ms' },
        { name: 'first media.peaks after attach (waits for the table attach started)', value: firstPeaks.ms, unit: 'ms' },
        {
          name: `peak table from scratch (${table.value.value?.channels ?? 0} channel(s), ${stats.slices} slices)`,
          value: table.value.ms,
          unit: 'ms',
          limit: nativeDecode === null ? { label: 'plain read of the file the page plays', value: plainRead.ms } : { label: 'native ffmpeg decode of the MP3, one thread', value: nativeDecode },
        },
        { name: 'longest event-loop stall while computing it', value: table.stallMs, unit: 'ms', limit: { label: 'longest slice of work', value: stats.longestSliceMs } },
        { name: 'media.peaks overview, 2000 buckets/channel, cached (median)', value: overview.median, unit: 'ms', limit: { label: 'media.get (median)', value: get.median } },
        { name: `media.peaks 60 s window at 1000 px (median; ${Math.round(zoomValue.bucketSeconds * 1000)} ms a value)`, value: zoom.median, unit: 'ms', limit: { label: 'media.get (median)', value: get.median } },
        { name: 'media.peaks after a restart (table read from the data folder)', value: fromDisk.ms, unit: 'ms', limit: { label: 'peak table from scratch', value: table.value.ms } },
        { name: 'overview response size', value: kb(overviewValue), unit: 'KB' },
        { name: 'zoomed window response size', value: kb(zoomValue), unit: 'KB' },
      ];
      printRows(`Media: one ${SECONDS / 60}-minute ${RECORDING_LABELS[kind]} (${mb(bytes)} MB)`, rows);
    }
  } finally {
    await service.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
