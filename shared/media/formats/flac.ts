import { ascii, u32be, u8, type ByteSource } from '../bytes';
import { corrupt, type SniffOutcome } from '../outcome';

/** Reads FLAC's STREAMINFO block (always the first metadata block) for rate, channels and total samples. */
export async function sniffFlac(src: ByteSource, start: number): Promise<SniffOutcome> {
  const b = await src.read(start, 4 + 4 + 34);
  if (ascii(b, 0, 4) !== 'fLaC') return corrupt('FLAC', 'its signature is missing.');
  if ((u8(b, 4) & 0x7f) !== 0 || b.length < 42) return corrupt('FLAC', 'its stream information block is missing.');
  const s = 8; // STREAMINFO payload
  const sampleRate = (u8(b, s + 10) << 12) | (u8(b, s + 11) << 4) | (u8(b, s + 12) >> 4);
  const channels = ((u8(b, s + 12) >> 1) & 7) + 1;
  const totalSamples = (u8(b, s + 13) & 0x0f) * 0x1_0000_0000 + u32be(b, s + 14);
  if (!sampleRate) return corrupt('FLAC', 'its stream information gives no sample rate.');
  return {
    ok: true,
    format: {
      container: 'flac',
      codec: 'flac',
      label: 'FLAC',
      contentType: 'audio/flac',
      playback: 'native',
      // Zero total samples means "unknown" in STREAMINFO (a stream written live).
      durationSeconds: totalSamples > 0 ? totalSamples / sampleRate : null,
      sampleRate,
      channels,
      wav: null, warning: null,
    },
  };
}
