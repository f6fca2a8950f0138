import { ascii, u16le, u32le, u64le, u8, type ByteSource } from '../bytes';
import { corrupt, unsupportedCodec, type AudioFormat, type SniffOutcome } from '../outcome';

const TAIL_BYTES = 64 * 1024;
const LABEL = 'Ogg';

interface Page {
  granule: number;
  serial: number;
  /** The page's payload begins here, relative to the buffer. */
  payload: number;
}

function pageAt(b: Uint8Array, at: number): Page | null {
  if (ascii(b, at, 4) !== 'OggS' || at + 27 > b.length) return null;
  const segments = u8(b, at + 26);
  // A granule of -1 (all bits set) means no packet ends on this page.
  const noGranule = u32le(b, at + 6) === 0xffffffff && u32le(b, at + 10) === 0xffffffff;
  return { granule: noGranule ? -1 : u64le(b, at + 6), serial: u32le(b, at + 14), payload: at + 27 + segments };
}

/** The last granule position of the stream `serial`, found in the file's tail: the stream's length in samples. */
async function lastGranule(src: ByteSource, serial: number): Promise<number | null> {
  const start = Math.max(0, src.size - TAIL_BYTES);
  const tail = await src.read(start, TAIL_BYTES);
  for (let at = tail.length - 27; at >= 0; at--) {
    if (tail[at] !== 0x4f) continue; // 'O'
    const page = pageAt(tail, at);
    if (page && page.serial === serial && page.granule >= 0) return page.granule;
  }
  return null;
}

const ogg = (codec: string, label: string, durationSeconds: number | null, sampleRate: number, channels: number): SniffOutcome => {
  const format: AudioFormat = { container: 'ogg', codec, label, contentType: 'audio/ogg', playback: 'native', durationSeconds, sampleRate, channels, wav: null, warning: null };
  return { ok: true, format };
};

/** Identifies the codec from the first packet (Vorbis or Opus play; others are named) and times the stream from its last page. */
export async function sniffOgg(src: ByteSource): Promise<SniffOutcome> {
  const head = await src.read(0, 512);
  const first = pageAt(head, 0);
  if (!first) return corrupt(LABEL, 'its first page is cut short.');
  const p = first.payload;
  if (u8(head, p) === 1 && ascii(head, p + 1, 6) === 'vorbis') {
    const channels = u8(head, p + 11);
    const rate = u32le(head, p + 12);
    if (!rate) return corrupt(LABEL, 'its Vorbis header gives no sample rate.');
    const granule = await lastGranule(src, first.serial);
    return ogg('vorbis', 'Ogg Vorbis', granule === null ? null : granule / rate, rate, channels);
  }
  if (ascii(head, p, 8) === 'OpusHead') {
    const channels = u8(head, p + 9);
    const preSkip = u16le(head, p + 10);
    // Opus granule positions always count 48 kHz samples, whatever the input rate was.
    const granule = await lastGranule(src, first.serial);
    return ogg('opus', 'Ogg Opus', granule === null ? null : Math.max(0, granule - preSkip) / 48000, 48000, channels);
  }
  if (u8(head, p) === 0x7f && ascii(head, p + 1, 4) === 'FLAC' && ascii(head, p + 9, 4) === 'fLaC') {
    // Ogg FLAC mapping: 0x7F "FLAC", version, header count, then "fLaC" and the STREAMINFO block (Chromium plays it).
    const info = p + 17;
    const rate = (u8(head, info + 10) << 12) | (u8(head, info + 11) << 4) | (u8(head, info + 12) >> 4);
    const channels = ((u8(head, info + 12) >> 1) & 7) + 1;
    if (!rate) return corrupt(LABEL, 'its FLAC header gives no sample rate.');
    const granule = await lastGranule(src, first.serial);
    return ogg('flac', 'Ogg FLAC', granule === null ? null : granule / rate, rate, channels);
  }
  if (ascii(head, p, 8) === 'Speex   ') return unsupportedCodec(LABEL, 'Speex');
  if (ascii(head, p + 1, 6) === 'theora') return unsupportedCodec(LABEL, 'Theora video');
  return unsupportedCodec(LABEL, 'an unknown codec');
}
