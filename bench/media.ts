import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDecodeCache } from '../electron/services/media/decode-cache';
import { startHostServer } from '../electron/host/server';
import { newToken } from '../electron/host/token';
import { decodeImaAdpcm } from '../shared/media/ima-adpcm';
import { sniffAudio } from '../shared/media/sniff';
import { bytesSource } from '../shared/media/bytes';
import { onceAsync, once, printRows, timeAsync, time } from './harness';
import { benchMediaFormats } from './media-formats';
import { writeImaAdpcmWav } from './media-fixture';
import { startBenchService } from './media-service';

const SECONDS = Number(process.env.CALLMARK_BENCH_RECORDING_SECONDS ?? 3600);

/** Reads a file in 1 MiB chunks, doing `each` with every chunk: the raw limit for anything that streams it. */
export function streamFile(file: string, each: (chunk: Buffer) => void = () => {}): Promise<void> {
  return new Promise((resolve, reject) => {
    fs.createReadStream(file, { highWaterMark: 1024 * 1024 }).on('data', (c) => each(c as Buffer)).on('error', reject).on('end', () => resolve());
  });
}

/** The longest time the event loop went without a turn while `work` ran: what a save would wait behind. */
export async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let worst = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const value = await work();
  running = false;
  return { value, stallMs: worst };
}

/**
 * Issue 3 item 8, Node side: attaching a one-hour 8 kHz IMA ADPCM call
 * recording (sniff, SHA-256, decode to the PCM cache, store), and serving it,
 * each beside the raw limit for the same bytes on the same disk in this run.
 */
export async function benchMedia(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-bench-media-'));
  const recording = path.join(folder, 'one-hour-call.wav');
  const written = once(() => writeImaAdpcmWav(recording, SECONDS));
  const service = await startBenchService(path.join(folder, 'data'));
  const { call } = service;
  try {
    const scorecardId = await service.newReview();

    // Raw limits first, on a warm page cache like the attach after them.
    await streamFile(recording);
    const plainRead = await onceAsync(() => streamFile(recording));
    const plainHash = await onceAsync(() => {
      const hash = createHash('sha256');
      return streamFile(recording, (c) => hash.update(c));
    });
    const pcmBytes = 44 + written.value.frames * 2;
    const plainWrite = once(() => fs.writeFileSync(path.join(folder, 'raw-write.bin'), Buffer.alloc(pcmBytes)));

    const attach = await longestStall(() => onceAsync(() => call('media.attach', { scorecardId, path: recording })));
    const state = attach.value.value as { source: { url: string } | null; recording: { durationSeconds: number } };
    if (!state.source) throw new Error('bench: the recording did not become playable');

    // Decoding alone, into a fresh cache, and what one synchronous decode of the whole file would block for.
    const bytes = new Uint8Array(fs.readFileSync(recording));
    const sniffed = await sniffAudio(bytesSource(bytes));
    if (!sniffed.ok || !sniffed.format.wav) throw new Error('bench: fixture not recognised');
    const wav = sniffed.format.wav;
    const freshCache = createDecodeCache(path.join(folder, 'fresh'));
    const decode = await longestStall(() => onceAsync(() => freshCache.ensure(recording, 'f'.repeat(64), wav)));
    const sliceStats = freshCache.lastStats();
    const wholeDecode = once(() => decodeImaAdpcm(bytes.subarray(wav.dataOffset, wav.dataOffset + wav.dataBytes), wav.blockAlign, wav.channels));

    const get = await timeAsync(() => call('media.get', { scorecardId }), 50);
    const peaks = await onceAsync(() => call('media.peaks', { scorecardId, buckets: 4000 }));
    const cached = await onceAsync(() => call('media.peaks', { scorecardId, buckets: 4000 }));
    const decodedFile = path.join(folder, 'data', 'media-cache');
    const decodedPath = path.join(decodedFile, fs.readdirSync(decodedFile)[0] ?? '');
    const readDecoded = await onceAsync(() => streamFile(decodedPath));

    // Seeking: one 64 KiB range from the middle of the decoded hour through the host's /media route.
    const token = newToken();
    const staticDir = fs.mkdtempSync(path.join(folder, 'static-'));
    const host = await startHostServer({ handlers: service.handlers(), staticDir, token });
    const mid = Math.floor(pcmBytes / 2);
    const ranged = await timeAsync(async () => {
      const res = await fetch(`${host.url}${state.source?.url.slice(1)}`, { headers: { range: `bytes=${mid}-${mid + 65535}` } });
      await res.arrayBuffer();
    }, 200);
    const fd = fs.openSync(decodedPath, 'r');
    const rawRange = time(() => fs.readSync(fd, Buffer.alloc(65536), 0, 65536, mid), 200);
    fs.closeSync(fd);
    await host.close();

    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    printRows(`Media: one ${SECONDS / 60}-minute 8 kHz IMA ADPCM recording (${mb(written.value.bytes)} MB; decoded ${mb(pcmBytes)} MB)`, [
      { name: 'media.attach (sniff + SHA-256 + decode to PCM cache + store)', value: attach.value.ms, unit: 'ms', limit: { label: 'plain SHA-256 of the file', value: plainHash.ms } },
      { name: 'SHA-256 of the file, streamed', value: plainHash.ms, unit: 'ms', limit: { label: 'plain read of the file', value: plainRead.ms } },
      { name: 'decode to the PCM cache alone', value: decode.value.ms, unit: 'ms', limit: { label: `plain write of ${mb(pcmBytes)} MB`, value: plainWrite.ms } },
      { name: 'longest event-loop stall during attach', value: attach.stallMs, unit: 'ms', limit: { label: 'one synchronous decode of the whole file', value: wholeDecode.ms } },
      { name: `longest decode slice (${sliceStats.slices} slices)`, value: sliceStats.longestSliceMs, unit: 'ms' },
      { name: 'longest event-loop stall while decoding alone', value: decode.stallMs, unit: 'ms' },
      { name: 'media.get, file unchanged (median)', value: get.median, unit: 'ms' },
      { name: 'media.peaks, 4000 buckets, first call (waits for the table attach started)', value: peaks.ms, unit: 'ms', limit: { label: 'plain read of the decoded file', value: readDecoded.ms } },
      { name: 'media.peaks, 4000 buckets, again (cached)', value: cached.ms, unit: 'ms' },
      { name: '64 KiB range from the middle via /media (median)', value: ranged.median, unit: 'ms', limit: { label: 'fs.readSync of the same 64 KiB', value: rawRange.median } },
      { name: 'recording duration measured', value: state.recording.durationSeconds, unit: 's' },
    ]);
  } finally {
    await service.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  await benchMediaFormats();
}
