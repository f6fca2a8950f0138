import type { Sha256Hex } from '../export/build';

/**
 * The quick path of a content hash check (./hashed-document.ts): a file we
 * (or another Callmark) wrote is canonical JSON already, so what its hashes
 * cover is the file with a top-level member or two cut out. The cuts are
 * kept as offsets into the text, so each hash is taken over the file's own
 * bytes when they are the text's UTF-8: no text is built, flattened or
 * encoded again (a scorecard's template has dashes and quotes that make its
 * text two bytes a character, which a hash of the text must encode again;
 * checking one scorecard takes some 15 µs less). Without them, the text with
 * the same members cut out is hashed, as it always was.
 */
export interface ReadText {
  text: string;
  /** The file's bytes, given only when they are valid UTF-8, so they are exactly the text's UTF-8. */
  utf8?: Uint8Array;
}

/** What is cut out of the text: [start, end) offsets into it, in order, not overlapping. */
export type Cuts = readonly (readonly [number, number])[];

/**
 * Where a top-level member sits in `canonical` (the text with `cuts` taken out), with its comma, in the offsets of
 * the whole text: exact when the member occurs once (a nested copy would make it ambiguous: null, and the caller
 * serialises instead). Quotes inside strings are escaped in JSON, so a member's text cannot hide inside a string
 * value.
 */
export function cutOf(source: ReadText, cuts: Cuts, member: string): Cuts | null {
  const canonical = cuts.length === 0 ? source.text : kept(source.text, cuts);
  const at = canonical.indexOf(member);
  if (at < 0 || canonical.indexOf(member, at + 1) >= 0) return null;
  const end = at + member.length;
  const [start, stop] = canonical[end] === ',' ? [at, end + 1] : canonical[at - 1] === ',' ? [at - 1, end] : [at, end];
  return withCut(cuts, start, stop);
}

/** SHA-256 of the text with `cuts` taken out: of its bytes, when they are given. */
export function hashWithout(source: ReadText, cuts: Cuts, sha256: Sha256Hex): string {
  const { utf8 } = source;
  if (utf8 === undefined) return sha256(kept(source.text, cuts));
  const pieces = keptRanges(source.text.length, cuts);
  const at = byteOffsets(source.text, pieces.flat(), utf8.length);
  const ranges = pieces.map((_, i) => [at[2 * i]!, at[2 * i + 1]!] as const);
  if (ranges.length === 1) return sha256(utf8.subarray(ranges[0]![0], ranges[0]![1]));
  const joined = new Uint8Array(ranges.reduce((n, [a, b]) => n + b - a, 0));
  let to = 0;
  for (const [a, b] of ranges) {
    joined.set(utf8.subarray(a, b), to);
    to += b - a;
  }
  return sha256(joined);
}

/**
 * Where each of `offsets` (in order) of `text` falls in its UTF-8, `length` bytes long: counted only as far as
 * needed (the members cut sit near the start of a document; the end of the text is the end of the bytes), and a run
 * of ASCII at once.
 */
function byteOffsets(text: string, offsets: readonly number[], length: number): number[] {
  let i = 0;
  let bytes = 0;
  return offsets.map((offset) => {
    if (offset === text.length) return length;
    while (i < offset) {
      WIDE.lastIndex = i;
      const wide = WIDE.exec(text)?.index ?? text.length;
      if (wide >= offset) {
        bytes += offset - i;
        i = offset;
        break;
      }
      bytes += wide - i;
      const c = text.charCodeAt(wide);
      // A pair of surrogates is one character of four bytes; one alone is written as U+FFFD, three bytes.
      const next = text.charCodeAt(wide + 1);
      const pair = c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000;
      bytes += c < 0x800 ? 2 : pair ? 4 : 3;
      i = wide + (pair ? 2 : 1);
    }
    return bytes;
  });
}

/** The next character that is not ASCII, searched for from `lastIndex` on. */
const WIDE = /[\u0080-\uffff]/g;

function kept(text: string, cuts: Cuts): string {
  let out = '';
  for (const [a, b] of keptRanges(text.length, cuts)) out += text.slice(a, b);
  return out;
}

function keptRanges(length: number, cuts: Cuts): [number, number][] {
  const pieces: [number, number][] = [];
  let from = 0;
  for (const [a, b] of cuts) {
    if (a > from) pieces.push([from, a]);
    from = b;
  }
  if (from < length) pieces.push([from, length]);
  return pieces;
}

/**
 * `cuts` and one more, given by its offsets in the text left after `cuts` (`start` < `stop`): mapped back to the
 * whole text's offsets (where it spans a cut made between its ends, it takes that one in), in order.
 */
function withCut(cuts: Cuts, start: number, stop: number): Cuts {
  // Character `i` of what was left is the whole text's `i` plus every cut made before it.
  const whole = (i: number) => {
    let at = i;
    for (const [a, b] of cuts) {
      if (a > at) break;
      at += b - a;
    }
    return at;
  };
  const merged: [number, number][] = [];
  for (const [a, b] of [...cuts, [whole(start), whole(stop - 1) + 1] as const].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}
