import { u16be, u8 } from '../bytes';
import { child, type Box } from './mp4';

/** A descriptor's tag and length (1 to 4 bytes of 7 bits each), and where its body starts (ISO/IEC 14496-1 §8.3.3). */
function descriptor(b: Uint8Array, at: number): { tag: number; start: number; end: number } {
  const tag = u8(b, at);
  let length = 0;
  let i = at + 1;
  for (let n = 0; n < 4; n++) {
    const byte = u8(b, i++);
    length = (length << 7) | (byte & 0x7f);
    if ((byte & 0x80) === 0) break;
  }
  return { tag, start: i, end: i + length };
}

/** The `esds` box of an `mp4a` sample entry, after its fields (QuickTime versions 1 and 2 add 16 and 36 bytes). */
export function esdsOf(b: Uint8Array, entry: Box): Box | undefined {
  const version = u16be(b, entry.start + 8);
  const fields = 28 + (version === 1 ? 16 : version === 2 ? 36 : 0);
  const wave = child(b, entry, 'wave', fields);
  return child(b, entry, 'esds', fields) ?? (wave && child(b, wave, 'esds'));
}

/** ES_Descriptor → DecoderConfigDescriptor → DecoderSpecificInfo: the AudioSpecificConfig, or null. */
export function audioSpecificConfig(b: Uint8Array, esds: Box): Uint8Array | null {
  const es = descriptor(b, esds.start + 4); // after version and flags
  if (es.tag !== 0x03) return null;
  const flags = u8(b, es.start + 2);
  let at = es.start + 3;
  if (flags & 0x80) at += 2; // depends on another stream
  if (flags & 0x40) at += 1 + u8(b, at); // URL
  if (flags & 0x20) at += 2; // OCR stream
  const config = descriptor(b, at);
  if (config.tag !== 0x04) return null;
  const specific = descriptor(b, config.start + 13);
  if (specific.tag !== 0x05 || specific.end > b.length || specific.end <= specific.start) return null;
  return b.slice(specific.start, specific.end);
}

/** `n` bits at bit `pos`, most significant first. */
function bitsAt(b: Uint8Array, pos: number, n: number): number {
  let v = 0;
  for (let i = pos; i < pos + n; i++) v = (v << 1) | (((b[i >> 3] ?? 0) >> (7 - (i & 7))) & 1);
  return v;
}

/** Channels an AAC track holds by its AudioSpecificConfig (ISO/IEC 14496-3 §1.6.2.1); null when it does not say. */
export function aacChannels(b: Uint8Array, entry: Box): number | null {
  const esds = esdsOf(b, entry);
  const asc = esds && audioSpecificConfig(b, esds);
  if (!asc) return null;
  // Object type (5 bits, 6 more when it reads 31), frequency index (4 bits, then 24 of rate when it reads 15), channels.
  let pos = bitsAt(asc, 0, 5) === 31 ? 11 : 5;
  pos += bitsAt(asc, pos, 4) === 15 ? 28 : 4;
  const config = bitsAt(asc, pos, 4);
  return config >= 1 && config <= 6 ? config : config === 7 ? 8 : null;
}
