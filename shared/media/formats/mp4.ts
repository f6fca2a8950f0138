import { ascii, u16be, u32be, u64be, u8, type ByteSource } from '../bytes';
import { corrupt, fail, truncated, unsupportedCodec, type SniffOutcome } from '../outcome';
import { aacChannels } from './mp4-esds';

const LABEL = 'M4A';
/** A moov box this big is no audio file we can help with; refuse rather than read it all. */
const MAX_MOOV_BYTES = 32 * 1024 * 1024;

export interface Box {
  type: string;
  /** Payload bounds, relative to the buffer or file the box was read from. */
  start: number;
  end: number;
}

export function boxesIn(b: Uint8Array, from: number, to: number): Box[] {
  const boxes: Box[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = u32be(b, at);
    let header = 8;
    if (size === 1) {
      size = u64be(b, at + 8);
      header = 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < header || at + size > to) break;
    boxes.push({ type: ascii(b, at + 4, 4), start: at + header, end: at + size });
    at += size;
  }
  return boxes;
}

export const child = (b: Uint8Array, box: Box, type: string, skip = 0) => boxesIn(b, box.start + skip, box.end).find((x) => x.type === type);

/** Finds the top-level `moov` box by walking box headers through the file: it may sit after a huge `mdat`. */
export async function findMoov(src: ByteSource): Promise<{ bytes: Uint8Array } | 'missing' | 'truncated'> {
  let at = 0;
  while (at + 8 <= src.size) {
    const h = await src.read(at, 16);
    let size = u32be(h, 0);
    if (size === 1) size = u64be(h, 8);
    else if (size === 0) size = src.size - at;
    if (size < 8) return 'missing';
    if (ascii(h, 4, 4) === 'moov') {
      if (at + size > src.size) return 'truncated';
      if (size > MAX_MOOV_BYTES) return 'missing';
      return { bytes: await src.read(at, size) };
    }
    if (at + size > src.size) return 'truncated';
    at += size;
  }
  return 'missing';
}

const SAMPLE_ENTRIES: Record<string, { codec: string; label: string } | { unsupported: string }> = {
  mp4a: { codec: 'aac', label: 'M4A (AAC)' },
  Opus: { codec: 'opus', label: 'MP4 (Opus)' },
  fLaC: { codec: 'flac', label: 'MP4 (FLAC)' },
  alac: { unsupported: 'Apple Lossless (ALAC)' },
  'ac-3': { unsupported: 'Dolby Digital (AC-3)' },
  'ec-3': { unsupported: 'Dolby Digital Plus (E-AC-3)' },
  samr: { unsupported: 'AMR' },
  sawb: { unsupported: 'AMR-WB' },
};

/** Reads `moov`: the movie header for the duration, and the first sound track's sample entry for the codec. */
export async function sniffMp4(src: ByteSource): Promise<SniffOutcome> {
  const found = await findMoov(src);
  if (found === 'truncated') return truncated(LABEL, 'it ends inside one of its boxes.');
  if (found === 'missing') return corrupt(LABEL, 'it has no movie header (moov box).');
  const b = found.bytes;
  const [moov] = boxesIn(b, 0, b.length);
  if (!moov) return corrupt(LABEL, 'its movie header is unreadable.');
  const mvhd = child(b, moov, 'mvhd');
  let durationSeconds: number | null = null;
  if (mvhd) {
    const v1 = u8(b, mvhd.start) === 1;
    const timescale = u32be(b, mvhd.start + (v1 ? 20 : 12));
    const duration = v1 ? u64be(b, mvhd.start + 24) : u32be(b, mvhd.start + 16);
    if (timescale > 0) durationSeconds = duration / timescale;
  }
  const track = soundTrack(b, moov);
  if (track) {
    const entry = track.entry;
    if (!entry) return corrupt(LABEL, 'its sound track describes no codec.');
    const known = SAMPLE_ENTRIES[entry.type];
    if (!known) return unsupportedCodec(LABEL, `an unknown codec ("${entry.type}")`);
    if ('unsupported' in known) return unsupportedCodec(LABEL, known.unsupported);
    // AudioSampleEntry: 6 reserved + 2 index + 8 reserved, then channels, sample size, 4 reserved, rate 16.16.
    // Encoders write 2 there for mono AAC too; the AudioSpecificConfig says what the stream really holds.
    const channels = (known.codec === 'aac' ? aacChannels(b, entry) : null) ?? u16be(b, entry.start + 16);
    const sampleRate = u16be(b, entry.start + 24);
    return {
      ok: true,
      format: { container: 'mp4', codec: known.codec, label: known.label, contentType: 'audio/mp4', playback: 'native', durationSeconds, sampleRate, channels, wav: null, warning: null },
    };
  }
  return fail('not_audio', 'This MP4 file has no sound track.');
}

/** The first sound track's sample table, and its first sample entry (the codec), if it has one. */
export function soundTrack(b: Uint8Array, moov: Box): { trak: Box; mdia: Box; stbl: Box; entry: Box | undefined } | null {
  for (const trak of boxesIn(b, moov.start, moov.end).filter((x) => x.type === 'trak')) {
    const mdia = child(b, trak, 'mdia');
    const hdlr = mdia && child(b, mdia, 'hdlr');
    if (!mdia || !hdlr || ascii(b, hdlr.start + 8, 4) !== 'soun') continue;
    const minf = child(b, mdia, 'minf');
    const stbl = minf && child(b, minf, 'stbl');
    if (!stbl) continue;
    const stsd = child(b, stbl, 'stsd');
    // stsd: version/flags (4) and entry count (4), then sample entries.
    return { trak, mdia, stbl, entry: stsd && boxesIn(b, stsd.start + 8, stsd.end)[0] };
  }
  return null;
}
