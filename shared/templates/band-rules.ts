import type { Band } from '../schemas/template';
import { fieldError, type FieldError } from './field-errors';

const at = (i: number, field?: keyof Band) => (field ? ['bands', i, field] : ['bands', i]);
const pct = (v: number) => `${v} %`;

interface Edge {
  value: number;
  inclusive: boolean;
  /** The band whose end this is. */
  index: number;
}

/**
 * Bands must tile 0–100: every score, 0 and 100 included, in exactly one band
 * (SCORING.md, "Bands"), with each boundary belonging to one side only. A
 * band's ends are inclusive or exclusive, so "70" can be a gap (both
 * exclusive) or an overlap (both inclusive) though the numbers touch. Checked
 * in score order, against the highest end reached so far, so a band nested
 * inside another is reported too; each problem names the band and field to change.
 */
export function bandRules(bands: readonly Band[]): FieldError[] {
  const errors: FieldError[] = [];
  const filled = bands
    .map((band, index) => ({ band, index }))
    .filter(({ band, index }) => {
      if (band.from > band.to) errors.push(fieldError(at(index, 'to'), `must not be below the band's start (${pct(band.from)})`));
      else if (band.from === band.to && !(band.fromInclusive && band.toInclusive))
        errors.push(fieldError(at(index), `holds no score: from ${pct(band.from)} to ${pct(band.to)} with an open end`));
      else return true;
      return false;
    });
  const listed = filled.map(({ index }) => index);
  filled.sort((a, b) => a.band.from - b.band.from || Number(b.band.fromInclusive) - Number(a.band.fromInclusive) || a.band.to - b.band.to);
  if (filled.some(({ index }, position) => index !== listed[position])) errors.push(fieldError(['bands'], 'must be listed from the lowest score to the highest'));
  const first = filled[0];
  const last = filled[filled.length - 1];
  if (!first || !last) return errors;

  if (first.band.from > 0) errors.push(fieldError(at(first.index, 'from'), `the lowest band must start at 0 % (scores below ${pct(first.band.from)} are in no band)`));
  else if (!first.band.fromInclusive) errors.push(fieldError(at(first.index, 'fromInclusive'), 'the lowest band must include 0 % (a score of 0 % is in no band)'));

  let reached: Edge = { value: first.band.to, inclusive: first.band.toInclusive, index: first.index };
  for (const { band, index } of filled.slice(1)) {
    const before = bands[reached.index]!.label;
    if (band.from > reached.value) {
      const low = reached.inclusive ? `above ${pct(reached.value)}` : `from ${pct(reached.value)}`;
      const high = band.fromInclusive ? `to below ${pct(band.from)}` : `up to ${pct(band.from)}`;
      errors.push(fieldError(at(index, 'from'), `leaves a gap after "${before}": scores ${low} ${high} are in no band`));
    } else if (band.from < reached.value) {
      errors.push(fieldError(at(index, 'from'), `overlaps "${before}": scores from ${pct(band.from)} to ${pct(Math.min(band.to, reached.value))} are in both`));
    } else if (reached.inclusive && band.fromInclusive) {
      errors.push(fieldError(at(index, 'fromInclusive'), `a score of exactly ${pct(band.from)} is in both "${before}" and "${band.label}": one of them must exclude it`));
    } else if (!reached.inclusive && !band.fromInclusive) {
      errors.push(fieldError(at(index, 'fromInclusive'), `a score of exactly ${pct(band.from)} is in no band: "${before}" or "${band.label}" must include it`));
    }
    if (band.to > reached.value || (band.to === reached.value && band.toInclusive && !reached.inclusive))
      reached = { value: band.to, inclusive: band.toInclusive, index };
  }

  const top = bands[reached.index]!;
  if (reached.value < 100) errors.push(fieldError(at(reached.index, 'to'), `the highest band must end at 100 % (scores above ${pct(reached.value)} are in no band)`));
  else if (!reached.inclusive) errors.push(fieldError(at(reached.index, 'toInclusive'), `the highest band must include 100 % ("${top.label}" stops just below it)`));
  return errors;
}
