import { ascii, u32be, type ByteSource } from '../bytes';
import { corrupt, unsupportedCodec, type SniffOutcome } from '../outcome';

/** One MPEG audio frame header (ISO 11172-3 / 13818-3), enough to find frames and time them. */
export interface MpegFrame {
  layer: 1 | 2 | 3;
  mpeg1: boolean;
  bitrateKbps: number;
  sampleRate: number;
  channels: number;
  samplesPerFrame: number;
  frameBytes: number;
}

const BITRATES_L3 = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const RATES = { v1: [44100, 48000, 32000], v2: [22050, 24000, 16000], v25: [11025, 12000, 8000] };

export function parseFrameHeader(b: Uint8Array, at: number): MpegFrame | null {
  if (at + 4 > b.length) return null;
  const h = u32be(b, at);
  if ((h >>> 21) !== 0x7ff) return null;
  const version = (h >>> 19) & 3; // 0: 2.5, 2: 2, 3: 1
  const layerBits = (h >>> 17) & 3; // 1: III, 2: II, 3: I
  const bitrateIndex = (h >>> 12) & 15;
  const rateIndex = (h >>> 10) & 3;
  if (version === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const mpeg1 = version === 3;
  const sampleRate = (version === 3 ? RATES.v1 : version === 2 ? RATES.v2 : RATES.v25)[rateIndex] ?? 0;
  const channels = ((h >>> 6) & 3) === 3 ? 1 : 2;
  const padding = (h >>> 9) & 1;
  if (layer !== 3) return { layer, mpeg1, bitrateKbps: 0, sampleRate, channels, samplesPerFrame: layer === 1 ? 384 : 1152, frameBytes: 0 };
  const bitrateKbps = (mpeg1 ? BITRATES_L3.mpeg1 : BITRATES_L3.mpeg2)[bitrateIndex] ?? 0;
  const samplesPerFrame = mpeg1 ? 1152 : 576;
  const frameBytes = Math.floor(((samplesPerFrame / 8) * bitrateKbps * 1000) / sampleRate) + padding;
  return { layer, mpeg1, bitrateKbps, sampleRate, channels, samplesPerFrame, frameBytes };
}

/** Size of an ID3v2 tag at the start of a file (synchsafe size plus header and optional footer), or 0. */
export function id3v2Size(b: Uint8Array): number {
  if (ascii(b, 0, 3) !== 'ID3' || b.length < 10) return 0;
  const size = (((b[6] ?? 0) & 0x7f) << 21) | (((b[7] ?? 0) & 0x7f) << 14) | (((b[8] ?? 0) & 0x7f) << 7) | ((b[9] ?? 0) & 0x7f);
  const footer = ((b[5] ?? 0) & 0x10) !== 0 ? 10 : 0;
  return 10 + size + footer;
}

interface VbrInfo {
  frames: number;
  /** Encoder delay and padding from a LAME/Lavc tag: samples that are not part of the recording. */
  trimSamples: number;
}

/** Frame count from a Xing/Info (LAME) or VBRI header in the first frame: exact duration for VBR files. */
function vbrInfo(first: Uint8Array, frame: MpegFrame): VbrInfo | null {
  const sideInfo = frame.mpeg1 ? (frame.channels === 1 ? 17 : 32) : frame.channels === 1 ? 9 : 17;
  const xing = 4 + sideInfo;
  const tag = ascii(first, xing, 4);
  if (tag === 'Xing' || tag === 'Info') {
    const flags = u32be(first, xing + 4);
    if ((flags & 1) === 0) return null;
    const frames = u32be(first, xing + 8);
    // The LAME tag follows the optional fields (frames 4, bytes 4, TOC 100, quality 4); it holds delay and padding.
    const lame = xing + 8 + 4 + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
    const encoder = ascii(first, lame, 4);
    let trimSamples = 0;
    if ((encoder === 'LAME' || encoder === 'Lavc' || encoder === 'Lavf') && first.length >= lame + 24) {
      const a = first[lame + 21] ?? 0;
      const b = first[lame + 22] ?? 0;
      const c = first[lame + 23] ?? 0;
      trimSamples = ((a << 4) | (b >> 4)) + (((b & 0x0f) << 8) | c);
    }
    return { frames, trimSamples };
  }
  if (ascii(first, 36, 4) === 'VBRI') return { frames: u32be(first, 36 + 14), trimSamples: 0 };
  return null;
}

const SEARCH_BYTES = 64 * 1024;

/**
 * Finds the first MPEG audio frame (after any ID3v2 tag, skipping junk up to
 * 64 KiB) and checks the next header is where the first frame says, so a
 * random file that happens to contain 0xFFE is not taken for an MP3.
 */
export async function sniffMp3(src: ByteSource, start: number): Promise<SniffOutcome> {
  const window = await src.read(start, SEARCH_BYTES);
  for (let at = 0; at + 4 <= window.length; at++) {
    if (window[at] !== 0xff) continue;
    const frame = parseFrameHeader(window, at);
    if (!frame) continue;
    if (frame.layer !== 3) return unsupportedCodec('MPEG audio', `MPEG-${frame.mpeg1 ? 1 : 2} layer ${frame.layer === 2 ? 'II' : 'I'}`);
    const nextAt = at + frame.frameBytes;
    const next = nextAt + 4 <= window.length ? parseFrameHeader(window, nextAt) : null;
    const endsHere = start + nextAt >= src.size;
    if (!next && !endsHere) continue;
    const audioStart = start + at;
    const first = await src.read(audioStart, Math.min(frame.frameBytes, 256));
    const vbr = vbrInfo(first, frame);
    const tail = await src.read(Math.max(0, src.size - 128), 128);
    const audioEnd = ascii(tail, 0, 3) === 'TAG' ? src.size - 128 : src.size;
    const durationSeconds =
      vbr !== null
        ? Math.max(0, vbr.frames * frame.samplesPerFrame - vbr.trimSamples) / frame.sampleRate
        : ((audioEnd - audioStart) * 8) / (frame.bitrateKbps * 1000);
    return {
      ok: true,
      format: {
        container: 'mp3',
        codec: 'mp3',
        label: 'MP3',
        contentType: 'audio/mpeg',
        playback: 'native',
        durationSeconds,
        sampleRate: frame.sampleRate,
        channels: frame.channels,
        wav: null, warning: null,
      },
    };
  }
  return corrupt('MP3', 'no MP3 audio frames were found in it.');
}
