/**
 * GSM 06.10 full-rate speech as call recorders write it in WAV (format code
 * 0x31): Microsoft's "WAV49" packing, two 260-bit frames in each 65-byte block,
 * read least significant bit first. The arithmetic is ETSI GSM 06.10 §4.3's
 * fixed-point decoder as the public libgsm (toast) implements it, which is what
 * sox links: every 16-bit truncation and saturation is kept, so our output
 * matches sox's sample for sample (test/unit/media/gsm610.test.ts).
 *
 * The decoder is stateful (the filters carry over from frame to frame): one
 * instance per recording, fed its blocks in order.
 */
export const GSM_BLOCK_BYTES = 65;
export const GSM_SAMPLES_PER_BLOCK = 320;
const FRAME_SAMPLES = 160;

const MIN_WORD = -32768;
const MAX_WORD = 32767;
const QLB = [3277, 11469, 21299, 32767];
const FAC = [18431, 20479, 22527, 24575, 26623, 28671, 30719, 32767];
/** Table 4.1 and 4.2 folded as libgsm does: 2·B, MIC and INVA for each of the 8 log-area ratios. */
const LAR_B2 = [0, 0, 4096, -5120, 188, -3584, -682, -2288];
const LAR_MIC = [-32, -32, -16, -16, -8, -8, -4, -4];
const LAR_INVA = [13107, 13107, 13107, 13107, 19223, 17476, 31454, 29708];
const LAR_BITS = [6, 6, 5, 5, 4, 4, 3, 3];

/** A C `short`: what libgsm's `word` keeps of a wider result. */
const word = (x: number): number => (x << 16) >> 16;
const add = (a: number, b: number): number => {
  const s = a + b;
  return s > MAX_WORD ? MAX_WORD : s < MIN_WORD ? MIN_WORD : s;
};
const sub = (a: number, b: number): number => add(a, -b);
/** GSM_MULT_R: a·b/2^15, rounded; only −1·−1 overflows, and a `word` keeps it wrapped as libgsm's does. */
const multR = (a: number, b: number): number => word((a * b + 16384) >> 15);
const asr = (a: number, n: number): number => (n >= 16 ? (a < 0 ? -1 : 0) : n <= -16 ? 0 : n < 0 ? word(a << -n) : a >> n);
const asl = (a: number, n: number): number => (n >= 16 ? 0 : n <= -16 ? (a < 0 ? -1 : 0) : n < 0 ? asr(a, -n) : word(a << n));

interface FrameParams {
  lar: Int16Array; // 8
  nc: Int16Array; // 4
  bc: Int16Array;
  mc: Int16Array;
  xmaxc: Int16Array;
  xmc: Int16Array; // 13 per subframe
}

/** Reads fields least significant bit first across a block, as WAV49 packs them. */
class BitReader {
  private at = 0;
  private acc = 0;
  private bits = 0;
  constructor(private readonly bytes: Uint8Array, start: number) {
    this.at = start;
  }
  read(n: number): number {
    while (this.bits < n) {
      this.acc |= (this.bytes[this.at++] ?? 0) << this.bits;
      this.bits += 8;
    }
    const v = this.acc & ((1 << n) - 1);
    this.acc >>>= n;
    this.bits -= n;
    return v;
  }
}

function readFrame(r: BitReader, p: FrameParams): void {
  for (let i = 0; i < 8; i++) p.lar[i] = r.read(LAR_BITS[i] as number);
  for (let j = 0; j < 4; j++) {
    p.nc[j] = r.read(7);
    p.bc[j] = r.read(2);
    p.mc[j] = r.read(2);
    p.xmaxc[j] = r.read(6);
    for (let k = 0; k < 13; k++) p.xmc[j * 13 + k] = r.read(3);
  }
}

export class Gsm610Decoder {
  /** Reconstructed short-term residual: 120 past samples, then the current subframe's 40. */
  private readonly dp0 = new Int16Array(280);
  private readonly larpp = [new Int16Array(8), new Int16Array(8)];
  private j = 0;
  private nrp = 40;
  private readonly v = new Int16Array(9);
  private msr = 0;
  private readonly params: FrameParams = {
    lar: new Int16Array(8),
    nc: new Int16Array(4),
    bc: new Int16Array(4),
    mc: new Int16Array(4),
    xmaxc: new Int16Array(4),
    xmc: new Int16Array(52),
  };
  private readonly erp = new Int16Array(40);
  private readonly xmp = new Int16Array(13);
  private readonly wt = new Int16Array(160);
  private readonly larp = new Int16Array(8);

  /** Samples of the whole 65-byte blocks in `input` (a trailing partial block is not audio). */
  decode(input: Uint8Array): Int16Array {
    const blocks = Math.floor(input.length / GSM_BLOCK_BYTES);
    const out = new Int16Array(blocks * GSM_SAMPLES_PER_BLOCK);
    for (let b = 0; b < blocks; b++) {
      const reader = new BitReader(input, b * GSM_BLOCK_BYTES);
      for (let f = 0; f < 2; f++) {
        readFrame(reader, this.params);
        this.decodeFrame(out, b * GSM_SAMPLES_PER_BLOCK + f * FRAME_SAMPLES);
      }
    }
    return out;
  }

  private decodeFrame(out: Int16Array, at: number): void {
    const p = this.params;
    for (let j = 0; j < 4; j++) {
      this.rpeDecoding(p.xmaxc[j] as number, p.mc[j] as number, p.xmc, j * 13);
      this.longTermSynthesis(p.nc[j] as number, p.bc[j] as number);
      for (let k = 0; k < 40; k++) this.wt[j * 40 + k] = this.dp0[120 + k] as number;
    }
    this.shortTermSynthesis(p.lar, out, at);
    // Postprocessing (§4.3.5): de-emphasis, then upscaling with the three low bits cleared.
    let msr = this.msr;
    for (let k = at; k < at + FRAME_SAMPLES; k++) {
      msr = add(out[k] as number, multR(msr, 28180));
      out[k] = word(add(msr, msr) & 0xfff8);
    }
    this.msr = msr;
  }

  /** §4.2.15–4.2.17: xmaxc to exponent and mantissa, inverse APCM, and the samples put back on their grid. */
  private rpeDecoding(xmaxc: number, mc: number, xmc: Int16Array, from: number): void {
    let exp = 0;
    if (xmaxc > 15) exp = (xmaxc >> 3) - 1;
    let mant = xmaxc - (exp << 3);
    if (mant === 0) {
      exp = -4;
      mant = 7;
    } else {
      while (mant <= 7) {
        mant = (mant << 1) | 1;
        exp--;
      }
      mant -= 8;
    }
    const temp1 = FAC[mant] as number;
    const temp2 = sub(6, exp);
    const temp3 = asl(1, sub(temp2, 1));
    for (let i = 0; i < 13; i++) {
      let temp = (((xmc[from + i] as number) << 1) - 7) << 12;
      temp = multR(temp1, temp);
      temp = add(temp, temp3);
      this.xmp[i] = asr(temp, temp2);
    }
    this.erp.fill(0);
    for (let i = 0; i < 13; i++) this.erp[mc + 3 * i] = this.xmp[i] as number;
  }

  /** §4.3.2: the long-term (pitch) synthesis filter, then the residual history moves on by one subframe. */
  private longTermSynthesis(ncr: number, bcr: number): void {
    const nr = ncr < 40 || ncr > 120 ? this.nrp : ncr;
    this.nrp = nr;
    const brp = QLB[bcr] as number;
    const dp = this.dp0;
    for (let k = 0; k < 40; k++) {
      const drpp = multR(brp, dp[120 + k - nr] as number);
      dp[120 + k] = add(this.erp[k] as number, drpp);
    }
    dp.copyWithin(0, 40, 160);
  }

  /** §4.2.8–4.2.10 and §4.3.4: decoded log-area ratios, interpolated over four stretches of the frame. */
  private shortTermSynthesis(larc: Int16Array, out: Int16Array, at: number): void {
    const current = this.larpp[this.j] as Int16Array;
    this.j ^= 1;
    const previous = this.larpp[this.j] as Int16Array;
    for (let i = 0; i < 8; i++) {
      let t = word(add(larc[i] as number, LAR_MIC[i] as number) << 10);
      t = sub(t, LAR_B2[i] as number);
      t = multR(LAR_INVA[i] as number, t);
      current[i] = add(t, t);
    }
    const larp = this.larp;
    for (let i = 0; i < 8; i++) larp[i] = add(add((previous[i] as number) >> 2, (current[i] as number) >> 2), (previous[i] as number) >> 1);
    this.filter(13, at, 0, out);
    for (let i = 0; i < 8; i++) larp[i] = add((previous[i] as number) >> 1, (current[i] as number) >> 1);
    this.filter(14, at, 13, out);
    for (let i = 0; i < 8; i++) larp[i] = add(add((previous[i] as number) >> 2, (current[i] as number) >> 2), (current[i] as number) >> 1);
    this.filter(13, at, 27, out);
    larp.set(current);
    this.filter(120, at, 40, out);
  }

  /** LARp to reflection coefficients (§4.2.9.2), then the lattice synthesis filter over `count` samples. */
  private filter(count: number, at: number, from: number, out: Int16Array): void {
    const rrp = this.larp;
    for (let i = 0; i < 8; i++) {
      const l = rrp[i] as number;
      const mag = l < 0 ? (l === MIN_WORD ? MAX_WORD : -l) : l;
      const r = mag < 11059 ? mag << 1 : mag < 20070 ? mag + 11059 : add(mag >> 2, 26112);
      rrp[i] = l < 0 ? -r : r;
    }
    const v = this.v;
    const wt = this.wt;
    // The decoder's hottest loop (8 lattice stages per sample): sub, add and multR written out, same arithmetic.
    for (let k = from; k < from + count; k++) {
      let sri = wt[k] as number;
      for (let i = 7; i >= 0; i--) {
        const r = rrp[i] as number;
        const vi = v[i] as number;
        sri -= ((r * vi + 16384) >> 15 << 16) >> 16;
        sri = sri > MAX_WORD ? MAX_WORD : sri < MIN_WORD ? MIN_WORD : sri;
        const next = vi + (((r * sri + 16384) >> 15 << 16) >> 16);
        v[i + 1] = next > MAX_WORD ? MAX_WORD : next < MIN_WORD ? MIN_WORD : next;
      }
      v[0] = sri;
      out[at + k] = sri;
    }
  }
}
