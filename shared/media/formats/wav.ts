import { ascii, u16le, u32le, type ByteSource } from '../bytes';
import { corrupt, fail, truncated, unsupportedCodec, type SniffOutcome, type WavLayout } from '../outcome';
import { decodedFrames, imaSamplesPerBlock, refuseLayout } from '../wav-decoders';
import { WAVE_FORMAT, wavCodec, wavCodecId } from './wav-codecs';

const LABEL = 'WAV';
/** Call recorders that never finalised the header leave these as the data size. */
const UNKNOWN_SIZES = new Set([0, 0xffffffff]);

/** What the fmt chunk says: the layout but for where the samples are and how many. */
type Fmt = Omit<WavLayout, 'dataOffset' | 'dataBytes' | 'frames'>;

function parseFmt(b: Uint8Array): Fmt | null {
  if (b.length < 16) return null;
  let formatTag = u16le(b, 0);
  const bitsPerSample = u16le(b, 14);
  const extraSize = b.length >= 18 ? u16le(b, 16) : 0;
  // WAVE_FORMAT_EXTENSIBLE names the real codec in the first two bytes of its sub-format GUID.
  if (formatTag === WAVE_FORMAT.EXTENSIBLE && extraSize >= 22 && b.length >= 40) formatTag = u16le(b, 24);
  const samplesPerBlock = formatTag === WAVE_FORMAT.IMA_ADPCM && extraSize >= 2 && b.length >= 20 ? u16le(b, 18) : null;
  const fmt = { formatTag, channels: u16le(b, 2), sampleRate: u32le(b, 4), byteRate: u32le(b, 8), blockAlign: u16le(b, 12), bitsPerSample, samplesPerBlock };
  return { ...fmt, bitsPerSample: g726Bits(fmt) };
}

/** ffmpeg takes G.726's code size from the bit rate, not the header's bits per sample: so do we, when they differ. */
function g726Bits(fmt: Omit<Fmt, 'samplesPerBlock'>): number {
  if (fmt.formatTag !== WAVE_FORMAT.G726_ADPCM && fmt.formatTag !== WAVE_FORMAT.G726_APICOM) return fmt.bitsPerSample;
  const fromRate = fmt.sampleRate > 0 ? (fmt.byteRate * 8) / fmt.sampleRate : 0;
  return Number.isInteger(fromRate) && fromRate >= 2 && fromRate <= 5 ? fromRate : fmt.bitsPerSample;
}

function validate(fmt: Fmt): string | null {
  if (fmt.channels < 1 || fmt.channels > 8) return `it says it has ${fmt.channels} channels.`;
  if (fmt.sampleRate < 1000 || fmt.sampleRate > 384_000) return `it says its sample rate is ${fmt.sampleRate} Hz.`;
  if (fmt.blockAlign < 1) return 'its format chunk gives no block size.';
  return null;
}

function playableLayout(fmt: Fmt): string | null {
  const { formatTag, bitsPerSample } = fmt;
  if (formatTag === WAVE_FORMAT.PCM && ![8, 16, 24, 32].includes(bitsPerSample)) return `PCM with ${bitsPerSample}-bit samples`;
  if (formatTag === WAVE_FORMAT.IEEE_FLOAT && ![32, 64].includes(bitsPerSample)) return `floating-point PCM with ${bitsPerSample}-bit samples`;
  return refuseLayout(fmt);
}

function framesOf(fmt: Fmt, dataBytes: number): number {
  const decoded = decodedFrames(dataBytes, fmt);
  if (decoded !== null) return decoded;
  // Compressed frames vary in size: the average byte rate is what the header offers.
  if (fmt.formatTag === WAVE_FORMAT.MPEG_LAYER3) return fmt.byteRate > 0 ? Math.round((dataBytes / fmt.byteRate) * fmt.sampleRate) : 0;
  return Math.floor(dataBytes / fmt.blockAlign);
}

const durationOf = (fmt: Fmt, dataBytes: number) => framesOf(fmt, dataBytes) / fmt.sampleRate;

/**
 * Encoders pad the last ADPCM block; the fact chunk says how many frames are real.
 * Trust it only when it is within the last block, as it must be.
 */
function realFrames(fmt: Fmt, dataBytes: number, fact: number | null): number {
  const frames = framesOf(fmt, dataBytes);
  // For MP3 inside WAV the fact chunk is the only sample count (ffmpeg leaves the byte rate 0).
  if (fmt.formatTag === WAVE_FORMAT.MPEG_LAYER3) return fact ?? frames;
  if (fmt.formatTag !== WAVE_FORMAT.IMA_ADPCM || fact === null) return frames;
  const perBlock = imaSamplesPerBlock(fmt.blockAlign, fmt.channels);
  return fact <= frames && fact > frames - perBlock ? fact : frames;
}

const seconds = (s: number) => `${Math.round(s * 10) / 10} s`;

/**
 * Reads a RIFF/WAVE file's chunk headers (not its samples): the codec from the
 * `fmt ` chunk, and where the `data` chunk is and whether the file really holds it all.
 */
export async function sniffWav(src: ByteSource): Promise<SniffOutcome> {
  const head = await src.read(0, 12);
  if (ascii(head, 0, 4) === 'RIFX') return unsupportedCodec(LABEL, 'big-endian (RIFX)');
  if (ascii(head, 0, 4) === 'RF64') return unsupportedCodec(LABEL, 'RF64 (a WAV larger than 4 GB)');
  let fmt: Fmt | null = null;
  let fact: number | null = null;
  let offset = 12;
  while (offset + 8 <= src.size) {
    const header = await src.read(offset, 8);
    const id = ascii(header, 0, 4);
    const size = u32le(header, 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      fmt = parseFmt(await src.read(body, Math.min(size, 64)));
      if (!fmt) return corrupt(LABEL, 'its format chunk is too short.');
    } else if (id === 'fact' && size >= 4) {
      fact = u32le(await src.read(body, 4), 0);
    } else if (id === 'data') {
      if (!fmt) return corrupt(LABEL, 'its audio data comes before any format chunk.');
      return describe(fmt, body, size, src.size, fact);
    }
    offset = body + size + (size % 2);
  }
  if (!fmt) return corrupt(LABEL, 'it has no format chunk.');
  return truncated(LABEL, 'it ends before its audio data begins.');
}

function describe(fmt: Fmt, dataOffset: number, declared: number, fileSize: number, fact: number | null): SniffOutcome {
  const codec = wavCodec(fmt.formatTag);
  if (codec.route === 'unsupported') return unsupportedCodec(LABEL, codec.name);
  const invalid = validate(fmt);
  if (invalid) return corrupt(LABEL, invalid);
  const oddLayout = playableLayout(fmt);
  if (oddLayout) return unsupportedCodec(LABEL, oddLayout);
  const available = fileSize - dataOffset;
  let dataBytes = declared;
  let warning: string | null = null;
  if (UNKNOWN_SIZES.has(declared)) {
    dataBytes = available;
  } else if (declared > available) {
    // A recorder that stopped early, or a copy still under way: what is there still plays (issue 13), and says so.
    dataBytes = codec.route === 'decode' ? available : available - (available % fmt.blockAlign);
    warning = `This WAV file is truncated: its header promises ${seconds(durationOf(fmt, declared))} of audio but the file ends after ${seconds(durationOf(fmt, dataBytes))}. It plays as far as it goes; the recorder may have stopped early, or the file may still be copying.`;
  }
  if (dataBytes < fmt.blockAlign || decodedFrames(dataBytes, fmt) === 0) return fail('empty', 'This WAV file holds no audio.');
  const samplesPerBlock = fmt.formatTag === WAVE_FORMAT.IMA_ADPCM ? imaSamplesPerBlock(fmt.blockAlign, fmt.channels) : null;
  if (fmt.samplesPerBlock !== null && samplesPerBlock !== null && fmt.samplesPerBlock !== samplesPerBlock) {
    return corrupt(LABEL, `its IMA ADPCM blocks of ${fmt.blockAlign} bytes cannot hold ${fmt.samplesPerBlock} samples.`);
  }
  const frames = realFrames(fmt, dataBytes, fact);
  const layout: WavLayout = { ...fmt, samplesPerBlock, dataOffset, dataBytes, frames };
  const bits = fmt.formatTag === WAVE_FORMAT.PCM || fmt.formatTag === WAVE_FORMAT.IEEE_FLOAT ? ` ${fmt.bitsPerSample}-bit` : '';
  return {
    ok: true,
    format: {
      container: 'wav',
      codec: wavCodecId(fmt.formatTag, fmt.bitsPerSample),
      label: `WAV, ${codec.name}${bits}`,
      contentType: 'audio/wav',
      // A cut file Chromium could play is served as a copy with its header mended, so <audio> times it right.
      playback: warning === null ? codec.route : 'decode',
      durationSeconds: frames / fmt.sampleRate,
      sampleRate: fmt.sampleRate,
      channels: fmt.channels,
      wav: layout,
      warning,
    },
  };
}
