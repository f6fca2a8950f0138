/** The 44-byte header of a plain 16-bit PCM WAV: what the backend writes in front of decoded audio. */
export function pcm16WavHeader(sampleRate: number, channels: number, frames: number): Uint8Array {
  const dataBytes = frames * channels * 2;
  const b = new Uint8Array(44);
  const v = new DataView(b.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  v.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, channels, true);
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate * channels * 2, true);
  v.setUint16(32, channels * 2, true);
  v.setUint16(34, 16, true);
  text(36, 'data');
  v.setUint32(40, dataBytes, true);
  return b;
}

/** A WAV header (everything before the samples) with its RIFF and data sizes set to `dataBytes` of audio. */
export function mendedWavHeader(header: Uint8Array, dataBytes: number): Uint8Array {
  const b = Uint8Array.from(header);
  const v = new DataView(b.buffer);
  v.setUint32(4, b.length - 8 + dataBytes, true);
  v.setUint32(b.length - 4, dataBytes, true);
  return b;
}
