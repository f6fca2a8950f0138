/**
 * G.726 ADPCM (16, 24, 32 and 40 kbit/s: 2 to 5 bits a sample) as ffmpeg writes
 * it in WAV (format code 0x45; ffmpeg reads 0x64 the same way): codes packed
 * most significant bit first, one mono stream. The arithmetic is ITU-T G.726
 * §4 ("Computational details") as ffmpeg's libavcodec/g726.c renders it,
 * including its 11-bit floating-point products and its 16-bit output
 * truncation, so our output matches ffmpeg's sample for sample
 * (test/unit/media/g726.test.ts).
 *
 * Stateful: one instance per recording, fed its bytes in order.
 */
interface Tables {
  iquant: readonly number[];
  w: readonly number[];
  f: readonly number[];
}

const I16_MIN = -32768;
const TABLES: Record<number, Tables> = {
  2: { iquant: [116, 365, 365, 116], w: [-22, 439, 439, -22], f: [0, 7, 7, 0] },
  3: {
    iquant: [I16_MIN, 135, 273, 373, 373, 273, 135, I16_MIN],
    w: [-4, 30, 137, 582, 582, 137, 30, -4],
    f: [0, 1, 2, 7, 7, 2, 1, 0],
  },
  4: {
    iquant: [I16_MIN, 4, 135, 213, 273, 323, 373, 425, 425, 373, 323, 273, 213, 135, 4, I16_MIN],
    w: [-12, 18, 41, 64, 112, 198, 355, 1122, 1122, 355, 198, 112, 64, 41, 18, -12],
    f: [0, 0, 0, 1, 1, 1, 3, 7, 7, 3, 1, 1, 1, 0, 0, 0],
  },
  5: {
    iquant: [
      I16_MIN, -66, 28, 104, 169, 224, 274, 318, 358, 395, 429, 459, 488, 514, 539, 566, 566, 539, 514, 488, 459, 429, 395, 358, 318, 274,
      224, 169, 104, 28, -66, I16_MIN,
    ],
    w: [14, 14, 24, 39, 40, 41, 58, 100, 141, 179, 219, 280, 358, 440, 529, 696, 696, 529, 440, 358, 280, 219, 179, 141, 100, 58, 41, 40, 39, 24, 14, 14],
    f: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 6, 5, 4, 3, 2, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0],
  },
};

export const G726_BITS = [2, 3, 4, 5] as const;
export const isG726Bits = (bits: number): boolean => bits in TABLES;

const int16 = (x: number): number => (x << 16) >> 16;
const clip = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
const sgn = (x: number): number => (x < 0 ? -1 : 1);
/** ffmpeg's av_log2_16bit: floor(log2 v), and 0 for 0. */
const log2 = (v: number): number => (v > 0 ? 31 - Math.clz32(v) : 0);

/** G.726's 11-bit float (1 sign, 4 exponent, 6 mantissa bits), kept as three parallel arrays. */
class Float11s {
  readonly sign: Uint8Array;
  readonly exp: Uint8Array;
  readonly mant: Uint8Array;
  constructor(n: number) {
    this.sign = new Uint8Array(n);
    this.exp = new Uint8Array(n);
    this.mant = new Uint8Array(n).fill(32);
  }
  set(k: number, value: number): void {
    const negative = value < 0;
    const i = negative ? -value : value;
    const exp = log2(i) + (i ? 1 : 0);
    this.sign[k] = negative ? 1 : 0;
    this.exp[k] = exp;
    this.mant[k] = i ? (i << 6) >> exp : 32;
  }
  shift(): void {
    this.sign.copyWithin(1, 0, this.sign.length - 1);
    this.exp.copyWithin(1, 0, this.exp.length - 1);
    this.mant.copyWithin(1, 0, this.mant.length - 1);
  }
  /** The product of `value` (converted to Float11) and element k, back in fixed point. */
  mult(value: number, k: number): number {
    const negative = value < 0;
    const i = negative ? -value : value;
    const exp = log2(i) + (i ? 1 : 0);
    const mant = i ? ((i << 6) >> exp) & 0xff : 32;
    const e = exp + (this.exp[k] as number);
    let res = (mant * (this.mant[k] as number) + 0x30) >> 4;
    res = e > 19 ? res << (e - 19) : res >> (19 - e);
    return int16((negative ? 1 : 0) ^ (this.sign[k] as number) ? -res : res);
  }
}

export class G726Decoder {
  private readonly t: Tables;
  private readonly sr = new Float11s(2);
  private readonly dq = new Float11s(6);
  private readonly a = [0, 0];
  private readonly b = [0, 0, 0, 0, 0, 0];
  private readonly pk = [1, 1];
  private ap = 0;
  private yu = 544;
  private yl = 34816;
  private dms = 0;
  private dml = 0;
  private td = 0;
  private se = 0;
  private sez = 0;
  private y = 544;
  /** Bits not yet decoded: codes may straddle the bytes of two reads. */
  private acc = 0;
  private accBits = 0;

  constructor(private readonly bits: number) {
    const t = TABLES[bits];
    if (!t) throw new Error(`G.726 has 2 to 5 bits a sample, not ${bits}`);
    this.t = t;
  }

  /** Samples of every whole code in `input`, continuing from the bytes fed before. */
  decode(input: Uint8Array): Int16Array {
    const out = new Int16Array(Math.floor((input.length * 8 + this.accBits) / this.bits));
    const mask = (1 << this.bits) - 1;
    let o = 0;
    for (let i = 0; i < input.length; i++) {
      this.acc = ((this.acc << 8) | (input[i] as number)) & 0xffff;
      this.accBits += 8;
      while (this.accBits >= this.bits) {
        this.accBits -= this.bits;
        out[o++] = this.sample((this.acc >> this.accBits) & mask);
      }
    }
    return out;
  }

  private inverseQuant(code: number): number {
    const dql = (this.t.iquant[code] as number) + (this.y >> 2);
    const dex = (dql >> 7) & 0xf;
    const dqt = (1 << 7) + (dql & 0x7f);
    return dql < 0 ? 0 : int16((dqt << dex) >> 7);
  }

  private sample(code: number): number {
    const t = this.t;
    const sign = code >> (this.bits - 1);
    let dq = this.inverseQuant(code);

    // Transition detect.
    const ylint = this.yl >> 15;
    const ylfrac = (this.yl >> 10) & 0x1f;
    const thr2 = ylint > 9 ? 0x1f << 10 : (0x20 + ylfrac) << ylint;
    const tr = this.td === 1 && dq > ((3 * thr2) >> 2);

    if (sign) dq = -dq;
    const reSignal = this.se + dq;

    // Second- and sixth-order predictor coefficients.
    const pk0 = this.sez + dq ? sgn(this.sez + dq) : 0;
    const dq0 = dq ? sgn(dq) : 0;
    const a = this.a;
    const b = this.b;
    if (tr) {
      a.fill(0);
      b.fill(0);
    } else {
      const fa1 = clip((-(a[0] as number) * (this.pk[0] as number) * pk0) >> 5, -256, 255);
      a[1] = clip((a[1] as number) + 128 * pk0 * (this.pk[1] as number) + fa1 - ((a[1] as number) >> 7), -12288, 12288);
      const a0 = (a[0] as number) + 64 * 3 * pk0 * (this.pk[0] as number) - ((a[0] as number) >> 8);
      a[0] = clip(a0, -(15360 - (a[1] as number)), 15360 - (a[1] as number));
      for (let i = 0; i < 6; i++) b[i] = (b[i] as number) + 128 * dq0 * sgn(-(this.dq.sign[i] as number)) - ((b[i] as number) >> 8);
    }

    this.pk[1] = this.pk[0] as number;
    this.pk[0] = pk0 ? pk0 : 1;
    this.sr.shift();
    this.sr.set(0, reSignal);
    this.dq.shift();
    this.dq.set(0, dq);
    // As ffmpeg: the stored difference takes the code's sign, even when its magnitude is 0.
    this.dq.sign[0] = sign;

    this.td = (a[1] as number) < -11776 ? 1 : 0;

    // Speed control.
    const f = t.f[code] as number;
    this.dms += (f << 4) + (-this.dms >> 5);
    this.dml += (f << 4) + (-this.dml >> 7);
    if (tr) {
      this.ap = 256;
    } else {
      this.ap += -this.ap >> 4;
      if (this.y <= 1535 || this.td || Math.abs((this.dms << 2) - this.dml) >= this.dml >> 3) this.ap += 0x20;
    }

    // Quantizer scale factors.
    this.yu = clip(this.y + (t.w[code] as number) + (-this.y >> 5), 544, 5120);
    this.yl += this.yu + (-this.yl >> 6);
    const al = this.ap >= 256 ? 1 << 6 : this.ap >> 2;
    this.y = (this.yl + (this.yu - (this.yl >> 6)) * al) >> 6;

    // The signal estimate for the next sample.
    let se = 0;
    for (let i = 0; i < 6; i++) se += this.dq.mult((b[i] as number) >> 2, i);
    this.sez = se >> 1;
    for (let i = 0; i < 2; i++) se += this.sr.mult((a[i] as number) >> 2, i);
    this.se = se >> 1;

    return int16(clip(reSignal << 2, -0xffff, 0xffff));
  }
}
