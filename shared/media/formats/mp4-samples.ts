import { u32be, u64be, type ByteSource } from '../bytes';
import { boxesIn, child, findMoov, soundTrack, type Box } from './mp4';
import { audioSpecificConfig, esdsOf } from './mp4-esds';

/**
 * Where each AAC access unit of an M4A lies (ISO/IEC 14496-12 §8.7: the sample
 * table's sizes, chunk offsets and samples-per-chunk runs) and the decoder's
 * AudioSpecificConfig (ISO/IEC 14496-1 descriptors in `esds`). With these the
 * backend feeds a decoder a few frames at a time from anywhere in the file,
 * even when the `moov` box comes after the audio, as ffmpeg writes it by
 * default; no byte stream has to be held whole.
 */
export interface Mp4Samples {
  /** AudioSpecificConfig: what the decoder needs before the first frame. */
  asc: Uint8Array;
  offsets: Float64Array;
  sizes: Uint32Array;
  /**
   * Bodies of the boxes that say which decoded samples are the recording (the edit list trims the encoder's
   * priming), as a gapless decoder wants them: Chromium honours the edit list, so the waveform must too.
   */
  timing: { elst?: Uint8Array; mdhd?: Uint8Array; stts?: Uint8Array; mvhd?: Uint8Array };
}

function sampleSizes(b: Uint8Array, stsz: Box): Uint32Array {
  const fixed = u32be(b, stsz.start + 4);
  const count = u32be(b, stsz.start + 8);
  if (fixed !== 0) return new Uint32Array(count).fill(fixed);
  return Uint32Array.from({ length: count }, (_, i) => u32be(b, stsz.start + 12 + 4 * i));
}

function chunkOffsets(b: Uint8Array, stbl: Box): number[] | null {
  const stco = child(b, stbl, 'stco');
  const co64 = child(b, stbl, 'co64');
  const box = stco ?? co64;
  if (!box) return null;
  const count = u32be(b, box.start + 4);
  return Array.from({ length: count }, (_, i) => (stco ? u32be(b, box.start + 8 + 4 * i) : u64be(b, box.start + 8 + 8 * i)));
}

/** Reads the M4A's sound track: null when it is not AAC or its tables are missing or damaged. */
export async function readMp4Samples(src: ByteSource): Promise<Mp4Samples | null> {
  const found = await findMoov(src);
  if (typeof found === 'string') return null;
  const b = found.bytes;
  const [moov] = boxesIn(b, 0, b.length);
  if (!moov) return null;
  const track = soundTrack(b, moov);
  if (!track?.entry || track.entry.type !== 'mp4a') return null;
  const esds = esdsOf(b, track.entry);
  const asc = esds ? audioSpecificConfig(b, esds) : null;
  const body = (box: Box | undefined) => (box ? b.slice(box.start, box.end) : undefined);
  const edts = child(b, track.trak, 'edts');
  const timing = {
    elst: body(edts && child(b, edts, 'elst')),
    mdhd: body(child(b, track.mdia, 'mdhd')),
    stts: body(child(b, track.stbl, 'stts')),
    mvhd: body(child(b, moov, 'mvhd')),
  };
  const stsz = child(b, track.stbl, 'stsz');
  const stsc = child(b, track.stbl, 'stsc');
  const chunks = chunkOffsets(b, track.stbl);
  if (!asc || !stsz || !stsc || !chunks) return null;
  const sizes = sampleSizes(b, stsz);
  const offsets = new Float64Array(sizes.length);
  const runs = u32be(b, stsc.start + 4);
  let sample = 0;
  for (let r = 0; r < runs; r++) {
    const firstChunk = u32be(b, stsc.start + 8 + 12 * r) - 1;
    const perChunk = u32be(b, stsc.start + 8 + 12 * r + 4);
    const lastChunk = r + 1 < runs ? u32be(b, stsc.start + 8 + 12 * (r + 1)) - 1 : chunks.length;
    for (let c = firstChunk; c < lastChunk && c < chunks.length; c++) {
      let at = chunks[c] as number;
      for (let k = 0; k < perChunk && sample < sizes.length; k++, sample++) {
        offsets[sample] = at;
        at += sizes[sample] as number;
      }
    }
  }
  if (sample !== sizes.length) return null;
  return { asc, offsets, sizes, timing };
}
