import type { Band, TemplateContent } from '../schemas/template';
import { Fraction } from './fraction';

function contains(band: Band, percent: Fraction): boolean {
  const fromSide = percent.compare(Fraction.fromNumber(band.from));
  const toSide = percent.compare(Fraction.fromNumber(band.to));
  return (fromSide > 0 || (fromSide === 0 && band.fromInclusive)) && (toSide < 0 || (toSide === 0 && band.toInclusive));
}

/**
 * The band for an exact percentage, compared before any rounding so that 90 is
 * "Meets" and 90.0001 "Exceeds" (rule 5). Null means nothing could be scored, which
 * earns the template's not-applicable band: nobody is penalised for an interaction
 * that gave no chance to show the standard.
 */
export function bandFor(template: TemplateContent, percent: Fraction | null): Band {
  const band =
    percent === null
      ? template.bands.find((b) => b.id === template.notApplicableBandId)
      : template.bands.find((b) => contains(b, percent));
  // TemplateContent guarantees bands cover 0..100 and name the not-applicable band.
  if (!band) throw new Error(`template "${template.name}" has no band for ${percent === null ? 'not applicable' : `${percent.toNumber()} %`}`);
  return band;
}
