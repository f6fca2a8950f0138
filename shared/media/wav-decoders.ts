import { isG726Bits, G726Decoder } from './g726';
import { GSM_BLOCK_BYTES, GSM_SAMPLES_PER_BLOCK, Gsm610Decoder } from './gsm610';
import { decodeImaAdpcm } from './ima-adpcm';
import type { WavLayout } from './outcome';

/**
 * The WAV codecs the backend decodes to 16-bit PCM because Chromium refuses them
 * (ENVIRONMENT.md), in one table: how many frames their bytes hold, which
 * layouts we accept, and a decoder. Everything else about a WAV is codec-blind.
 */
export interface PcmDecoder {
  /** Interleaved 16-bit frames from the next bytes of the data chunk, given in order, in slices of whole blocks. */
  decode(bytes: Uint8Array): Int16Array;
}

type Layout = Pick<WavLayout, 'formatTag' | 'channels' | 'blockAlign' | 'bitsPerSample'>;

interface BlockCodec {
  /** Why this layout cannot be decoded (named for the message), or null. */
  refuse(layout: Layout): string | null;
  /** Frames (samples per channel) that `dataBytes` of it hold, a final partial block included where it decodes. */
  frames(dataBytes: number, layout: Layout): number;
  create(layout: Layout): PcmDecoder;
}

/** Samples per channel in one IMA ADPCM block: a 4-byte header per channel holds one, then two per byte. */
export function imaSamplesPerBlock(blockAlign: number, channels: number): number {
  return ((blockAlign - 4 * channels) * 2) / channels + 1;
}

const ima: BlockCodec = {
  refuse: ({ bitsPerSample, blockAlign, channels }) => {
    if (bitsPerSample !== 4) return `IMA ADPCM with ${bitsPerSample}-bit samples`;
    if (blockAlign <= 4 * channels || (blockAlign - 4 * channels) % (4 * channels) !== 0) return `IMA ADPCM with ${blockAlign}-byte blocks`;
    return null;
  },
  frames: (dataBytes, { blockAlign, channels }) => {
    const full = Math.floor(dataBytes / blockAlign);
    const rest = dataBytes - full * blockAlign;
    const partial = rest >= 4 * channels ? imaSamplesPerBlock(rest - ((rest - 4 * channels) % (4 * channels)), channels) : 0;
    return full * imaSamplesPerBlock(blockAlign, channels) + Math.max(0, Math.floor(partial));
  },
  create: ({ blockAlign, channels }) => ({ decode: (bytes) => decodeImaAdpcm(bytes, blockAlign, channels) }),
};

const gsm: BlockCodec = {
  // Only Microsoft's 65-byte WAV49 blocks exist in WAV; a 33-byte "raw" framing would be a different file.
  refuse: ({ channels, blockAlign }) =>
    channels !== 1 ? `GSM 6.10 with ${channels} channels` : blockAlign !== GSM_BLOCK_BYTES ? `GSM 6.10 in ${blockAlign}-byte blocks` : null,
  frames: (dataBytes) => Math.floor(dataBytes / GSM_BLOCK_BYTES) * GSM_SAMPLES_PER_BLOCK,
  create: () => new Gsm610Decoder(),
};

const g726: BlockCodec = {
  refuse: ({ channels, bitsPerSample }) =>
    channels !== 1 ? `G.726 with ${channels} channels` : !isG726Bits(bitsPerSample) ? `G.726 with ${bitsPerSample}-bit codes` : null,
  frames: (dataBytes, { bitsPerSample }) => Math.floor((dataBytes * 8) / bitsPerSample),
  create: ({ bitsPerSample }) => new G726Decoder(bitsPerSample),
};

const CODECS: Record<number, BlockCodec> = { 0x0011: ima, 0x0031: gsm, 0x0045: g726, 0x0064: g726 };

export const decodesToPcm = (formatTag: number): boolean => formatTag in CODECS;

export function refuseLayout(layout: Layout): string | null {
  return CODECS[layout.formatTag]?.refuse(layout) ?? null;
}

/** Frames in `dataBytes` of a decoded codec; null for codecs stored as frames of `blockAlign` bytes. */
export function decodedFrames(dataBytes: number, layout: Layout): number | null {
  return CODECS[layout.formatTag]?.frames(dataBytes, layout) ?? null;
}

export function createPcmDecoder(layout: Layout): PcmDecoder {
  const codec = CODECS[layout.formatTag];
  if (!codec) throw new Error(`WAVE format 0x${layout.formatTag.toString(16)} is not decoded by Callmark`);
  return codec.create(layout);
}
