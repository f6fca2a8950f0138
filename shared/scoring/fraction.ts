import type { ExactValue } from '../schemas/scorecard';

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Floor division: bigint `/` truncates toward zero, which would round negatives the wrong way. */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return (n % d !== 0n) && ((n < 0n) !== (d < 0n)) ? q - 1n : q;
}

const bitLength = (x: bigint) => (x === 0n ? 0 : x.toString(2).length);

// A template's points are typed as decimals ("0.1", "1.5"), so the exact value is
// the decimal a person wrote, not the binary double nearest to it.
const DECIMAL = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * An exact rational number, always in lowest terms with a positive denominator.
 * Scores are summed and divided as fractions so that 7 out of 10 is exactly 70 %
 * and never 69.99999 % (SCORING.md rule 5).
 */
const fromNumberCache = new Map<number, Fraction>();

export class Fraction {
  static readonly ZERO = new Fraction(0n, 1n);
  static readonly HUNDRED = new Fraction(100n, 1n);

  readonly numerator: bigint;
  readonly denominator: bigint;

  private constructor(numerator: bigint, denominator: bigint) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static of(numerator: bigint | number, denominator: bigint | number = 1n): Fraction {
    const n = BigInt(numerator);
    const d = BigInt(denominator);
    if (d === 0n) throw new RangeError('a fraction cannot have a zero denominator');
    const g = gcd(n, d) || 1n;
    const sign = d < 0n ? -1n : 1n;
    return new Fraction((sign * n) / g, (sign * d) / g);
  }

  /** The exact value of a finite number's shortest decimal spelling: 0.1 is 1/10. */
  static fromNumber(value: number): Fraction {
    // Templates use a handful of point values, read for every element of every scorecard a report scores.
    let known = fromNumberCache.get(value);
    if (!known) {
      known = Fraction.parseNumber(value);
      if (fromNumberCache.size < 1024) fromNumberCache.set(value, known);
    }
    return known;
  }

  private static parseNumber(value: number): Fraction {
    const match = Number.isFinite(value) ? DECIMAL.exec(String(value)) : null;
    if (!match) throw new RangeError(`${value} is not a finite number`);
    const [, sign = '', whole = '0', decimals = '', exponent = '0'] = match;
    const digits = BigInt(`${sign}${whole}${decimals}`);
    const shift = Number(exponent) - decimals.length;
    return shift >= 0 ? Fraction.of(digits * 10n ** BigInt(shift)) : Fraction.of(digits, 10n ** BigInt(-shift));
  }

  plus(other: Fraction): Fraction {
    return Fraction.of(
      this.numerator * other.denominator + other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  times(other: Fraction): Fraction {
    return Fraction.of(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  dividedBy(other: Fraction): Fraction {
    return Fraction.of(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  /** Negative, zero or positive as this is below, equal to or above `other`. */
  compare(other: Fraction): number {
    const difference = this.numerator * other.denominator - other.numerator * this.denominator;
    return difference === 0n ? 0 : difference < 0n ? -1 : 1;
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  toExact(): ExactValue {
    return { numerator: this.numerator.toString(), denominator: this.denominator.toString() };
  }

  /**
   * The double nearest to the fraction. Dividing two doubles would overflow or lose
   * precision once either part passes 2^53, so the quotient is taken in bigint with
   * 64+ significant bits and a sticky bit, and `Number()` rounds that once.
   */
  toNumber(): number {
    if (this.isZero()) return 0;
    const n = abs(this.numerator);
    const scale = Math.max(0, 65 - (bitLength(n) - bitLength(this.denominator)));
    const scaled = n << BigInt(scale);
    const quotient = scaled / this.denominator;
    const sticky = scaled % this.denominator === 0n ? 0n : 1n;
    const magnitude = Number(quotient | sticky) * 2 ** -scale;
    return this.numerator < 0n ? -magnitude : magnitude;
  }

  /** Rounded half up (toward +∞ on a tie) to `places` decimals, decided on the exact value. */
  roundHalfUp(places: number): number {
    const factor = 10n ** BigInt(places);
    const steps = floorDiv(2n * this.numerator * factor + this.denominator, 2n * this.denominator);
    return Fraction.of(steps, factor).toNumber();
  }
}
