import { usesSectionWeights } from '../../../shared/scoring';
import type { Band, TemplateContent } from '../../../shared/schemas/template';

const pct = (n: number) => `${Number(n.toFixed(2))} %`;

/** A band's range as people say it: "below 70 %", "70 % to 90 %", "above 90 %". */
function bandRange(band: Band, index: number, count: number): string {
  if (count === 1) return 'any score';
  if (index === 0) return band.toInclusive ? `up to ${pct(band.to)}` : `below ${pct(band.to)}`;
  if (index === count - 1) return band.fromInclusive ? `${pct(band.from)} and above` : `above ${pct(band.from)}`;
  return `${pct(band.from)} to ${pct(band.to)}`;
}

/**
 * How this template turns answers into the score (SCORING.md rules 1–5), in
 * the words the score panel shows (issue 13 item 8): which of rule 3's two
 * ways, what critical elements do, and where the bands lie.
 */
export function scoreMethod(content: TemplateContent): string[] {
  const elements = content.sections.flatMap((s) => s.elements);
  const lines: string[] = [];
  if (usesSectionWeights(content.sections)) {
    const total = content.sections.reduce((sum, s) => sum + (s.weight ?? 0), 0);
    const weights = content.sections.map((s) => `${s.title} ${total > 0 ? pct(((s.weight ?? 0) / total) * 100) : 'equal'}`).join(', ');
    lines.push(`The weighted mean of the section scores (${weights}). Each section scores its points earned over its points possible; a section with nothing applicable is left out and the others re-weighted.`);
  } else {
    lines.push('Points earned over points possible, across every answered element: met earns the element’s points, not met none, a scale value its share. N/A elements are left out.');
  }
  if (elements.some((e) => e.critical === 'scorecard')) lines.push('A critical element not met fails the whole review (0 %).');
  if (elements.some((e) => e.critical === 'section')) lines.push('A section-critical element not met sets its section to 0 %.');
  lines.push(`Bands: ${content.bands.map((b, i) => `${b.label} ${bandRange(b, i, content.bands.length)}`).join('; ')}. Target ${pct(content.target)}.`);
  return lines;
}
