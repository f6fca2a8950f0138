import fs from 'node:fs';
import { pcm16WavHeader } from '../shared/media/wav-header';

/**
 * Writes long telephony recordings without sox: IMA ADPCM (mono, 256-byte
 * blocks, as call recorders make them) and plain PCM, for the media bench and
 * the in-Chromium player bench. The signal is speech-like (voiced bursts a few
 * times a second, with pauses) so a waveform of it has something to draw.
 */
const INDEX_TABLE = [-1, -1, -1, -1, 2, 4, 6, 8];
const STEP_TABLE = [
  7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73, 80, 88, 97, 107, 118, 130, 143,
  157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796, 876, 963, 1060, 1166, 1282, 1411,
  1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442,
  11487, 12635, 13899, 15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
];
const BLOCK_ALIGN = 256;
const SAMPLES_PER_BLOCK = 505;

function speechLike(i: number, rate: number, turn = 0): number {
  const t = i / rate;
  const syllable = Math.max(0, Math.sin(2 * Math.PI * 3.3 * t)) ** 2;
  // Pauses between phrases; `turn` shifts them by half a cycle, so two speakers take turns.
  const phrase = Math.sin(2 * Math.PI * 0.11 * t + turn * Math.PI) > -0.3 ? 1 : 0.02;
  const voice = 0.6 * Math.sin(2 * Math.PI * 140 * t) + 0.3 * Math.sin(2 * Math.PI * 280 * t) + 0.1 * Math.sin(2 * Math.PI * 1100 * t);
  return Math.round(20000 * syllable * phrase * voice);
}

/** The reference IMA encoder step for one sample; returns the 4-bit code and updates the state. */
function encodeSample(sample: number, s: { predictor: number; index: number }): number {
  const step = STEP_TABLE[s.index] ?? 7;
  let diff = sample - s.predictor;
  let code = 0;
  if (diff < 0) {
    code = 8;
    diff = -diff;
  }
  let delta = step >> 3;
  if (diff >= step) {
    code |= 4;
    diff -= step;
    delta += step;
  }
  if (diff >= step >> 1) {
    code |= 2;
    diff -= step >> 1;
    delta += step >> 1;
  }
  if (diff >= step >> 2) {
    code |= 1;
    delta += step >> 2;
  }
  s.predictor = Math.max(-32768, Math.min(32767, s.predictor + (code & 8 ? -delta : delta)));
  s.index = Math.max(0, Math.min(88, s.index + (INDEX_TABLE[code & 7] ?? 0)));
  return code;
}

export function writeImaAdpcmWav(file: string, seconds: number, rate = 8000): { bytes: number; frames: number } {
  const blocks = Math.ceil((seconds * rate) / SAMPLES_PER_BLOCK);
  const frames = seconds * rate;
  const data = Buffer.alloc(blocks * BLOCK_ALIGN);
  const state = { predictor: 0, index: 0 };
  for (let b = 0; b < blocks; b++) {
    const at = b * BLOCK_ALIGN;
    const first = b * SAMPLES_PER_BLOCK;
    state.predictor = speechLike(first, rate);
    data.writeInt16LE(state.predictor, at);
    data[at + 2] = state.index;
    for (let k = 0; k < (BLOCK_ALIGN - 4) * 2; k += 2) {
      const lo = encodeSample(speechLike(first + 1 + k, rate), state);
      const hi = encodeSample(speechLike(first + 2 + k, rate), state);
      data[at + 4 + k / 2] = lo | (hi << 4);
    }
  }
  const header = Buffer.alloc(60);
  header.write('RIFF', 0);
  header.writeUInt32LE(52 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(20, 16);
  header.writeUInt16LE(0x11, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(Math.round((rate * BLOCK_ALIGN) / SAMPLES_PER_BLOCK), 28);
  header.writeUInt16LE(BLOCK_ALIGN, 32);
  header.writeUInt16LE(4, 34);
  header.writeUInt16LE(2, 36);
  header.writeUInt16LE(SAMPLES_PER_BLOCK, 38);
  header.write('fact', 40);
  header.writeUInt32LE(4, 44);
  header.writeUInt32LE(frames, 48);
  header.write('data', 52);
  header.writeUInt32LE(data.length, 56);
  fs.writeFileSync(file, Buffer.concat([header, data]));
  return { bytes: header.length + data.length, frames };
}

/**
 * A plain 16-bit PCM WAV of the same speech-like signal: mono, or stereo with the
 * two sides taking turns (agent left, customer right, as dual-channel recorders
 * write calls). The source the GSM and MP3 bench recordings are encoded from.
 */
export function writePcmWav(file: string, seconds: number, channels: 1 | 2 = 1, rate = 8000): { bytes: number; frames: number } {
  const frames = seconds * rate;
  const data = Buffer.alloc(frames * channels * 2);
  for (let i = 0; i < frames; i++) {
    for (let ch = 0; ch < channels; ch++) data.writeInt16LE(speechLike(i, rate, ch), (i * channels + ch) * 2);
  }
  const header = pcm16WavHeader(rate, channels, frames);
  fs.writeFileSync(file, Buffer.concat([header, data]));
  return { bytes: header.length + data.length, frames };
}
