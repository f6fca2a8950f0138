/**
 * IMA/DVI ADPCM as call recorders write it in WAV (format code 0x11), decoded
 * block by block so the backend can convert an hour-long file in slices without
 * holding it all or stalling its event loop. Written here rather than taken from
 * `wavefile`, whose decoder (v11) emits one extra sample per block (a 7-second
 * drift over an hour, which would put every timestamped note in the wrong place),
 * drops the last block and handles mono only. The arithmetic is the reference
 * one (the IMA recommendation, as sox and ffmpeg's QuickTime path use), so our
 * output matches sox's sample for sample.
 */
// Typed tables: the decoder's inner loop runs 29 million times for an hour at 8 kHz.
const INDEX_TABLE = Int8Array.from([-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8]);
const STEP_TABLE = Int32Array.from([
  7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73, 80, 88, 97, 107, 118, 130, 143,
  157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796, 876, 963, 1060, 1166, 1282, 1411,
  1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442,
  11487, 12635, 13899, 15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
]);

/** Frames (samples per channel) a block of `bytes` yields: 1 from the header, 8 per 4-byte word after it. */
export function framesInBlock(bytes: number, channels: number): number {
  const words = Math.floor((bytes - 4 * channels) / (4 * channels));
  return bytes >= 4 * channels ? 1 + 8 * Math.max(0, words) : 0;
}

/** Interleaved 16-bit frames from `input`, which holds whole blocks and at most one partial block at its end. */
export function decodeImaAdpcm(input: Uint8Array, blockAlign: number, channels: number): Int16Array {
  const fullBlocks = Math.floor(input.length / blockAlign);
  const rest = input.length - fullBlocks * blockAlign;
  const frames = fullBlocks * framesInBlock(blockAlign, channels) + framesInBlock(rest, channels);
  const out = new Int16Array(frames * channels);
  let written = 0;
  for (let block = 0; block * blockAlign < input.length; block++) {
    const start = block * blockAlign;
    const bytes = Math.min(blockAlign, input.length - start);
    const blockFrames = framesInBlock(bytes, channels);
    if (blockFrames === 0) break;
    for (let ch = 0; ch < channels; ch++) decodeChannel(input, start, bytes, ch, channels, out, written);
    written += blockFrames * channels;
  }
  return out;
}

function decodeChannel(input: Uint8Array, start: number, bytes: number, ch: number, channels: number, out: Int16Array, outStart: number): void {
  const h = start + 4 * ch;
  let predictor = (((input[h] as number) | ((input[h + 1] as number) << 8)) << 16) >> 16;
  let index = Math.min(88, input[h + 2] as number);
  out[outStart + ch] = predictor;
  let o = outStart + channels + ch;
  const stride = 4 * channels;
  const words = Math.floor((bytes - stride) / stride);
  // After the headers, each channel's data comes in 4-byte words (8 samples), channels interleaved word by word.
  let at = start + stride + 4 * ch;
  for (let w = 0; w < words; w++, at += stride) {
    // Two samples per byte, low nibble first; 4 bytes per word.
    let word = ((input[at] as number) | ((input[at + 1] as number) << 8) | ((input[at + 2] as number) << 16) | ((input[at + 3] as number) << 24)) >>> 0;
    for (let i = 0; i < 8; i++, word >>>= 4) {
      const nibble = word & 0x0f;
      const step = STEP_TABLE[index] as number;
      let diff = step >> 3;
      if (nibble & 4) diff += step;
      if (nibble & 2) diff += step >> 1;
      if (nibble & 1) diff += step >> 2;
      predictor += nibble & 8 ? -diff : diff;
      if (predictor > 32767) predictor = 32767;
      else if (predictor < -32768) predictor = -32768;
      index += INDEX_TABLE[nibble] as number;
      if (index < 0) index = 0;
      else if (index > 88) index = 88;
      out[o] = predictor;
      o += channels;
    }
  }
}
