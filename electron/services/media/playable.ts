import fs from 'node:fs/promises';
import { sniffAudio } from '../../../shared/media/sniff';
import type { AudioFormat } from '../../../shared/media/outcome';
import type { DecodeCache } from './decode-cache';
import { fileByteSource } from './file-source';
import type { StoredRecording } from './recordings-store';

export type Playable =
  | { ok: true; servePath: string; contentType: string; decoded: boolean; format: AudioFormat }
  | { ok: false; message: string };

/**
 * Which file to send the page for a recording that passed its check: the
 * original when Chromium plays its codec, else the decoded PCM copy (made now if
 * the cache was cleared). A file that cannot be played says why.
 */
export async function resolvePlayable(recording: StoredRecording, cache: DecodeCache): Promise<Playable> {
  let format: AudioFormat;
  try {
    const handle = await fs.open(recording.path, 'r');
    try {
      const sniffed = await sniffAudio(fileByteSource(handle, recording.sizeBytes));
      if (!sniffed.ok) return { ok: false, message: `“${recording.fileName}” cannot be played. ${sniffed.message}` };
      format = sniffed.format;
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, message: `“${recording.fileName}” cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (format.playback === 'native') return { ok: true, servePath: recording.path, contentType: format.contentType, decoded: false, format };
  if (!format.wav) return { ok: false, message: `“${recording.fileName}” (${format.label}) cannot be played.` };
  try {
    const servePath = await cache.ensure(recording.path, recording.sha256, format.wav);
    return { ok: true, servePath, contentType: 'audio/wav', decoded: true, format };
  } catch (error) {
    return {
      ok: false,
      message: `“${recording.fileName}” (${format.label}) could not be converted for playback: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
