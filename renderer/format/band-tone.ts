import type { TemplateContent } from '../../shared/schemas/template';

/** The colour family of a band. Always shown with the band's name, never alone. */
export type BandTone = 'below' | 'meets' | 'exceeds' | 'neutral';

/**
 * Bands are template data, so their colour is derived, not hard-coded: a band
 * that starts below the target is "below"; of the bands at or above it, the
 * highest is "exceeds" when there is more than one.
 */
export function bandTone(content: Pick<TemplateContent, 'bands' | 'target'>, bandId: string): BandTone {
  const index = content.bands.findIndex((b) => b.id === bandId);
  const band = content.bands[index];
  if (!band) return 'neutral';
  if (band.from < content.target) return 'below';
  const atOrAbove = content.bands.filter((b) => b.from >= content.target);
  return atOrAbove.length > 1 && index === content.bands.length - 1 ? 'exceeds' : 'meets';
}

/** For lists that carry only a band's label: looks the label up in the known templates. */
export function toneForLabel(templates: readonly Pick<TemplateContent, 'bands' | 'target'>[], label: string): BandTone {
  for (const content of templates) {
    const band = content.bands.find((b) => b.label === label);
    if (band) return bandTone(content, band.id);
  }
  return 'neutral';
}
