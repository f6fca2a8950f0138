import type { ScoreResult } from '../../shared/schemas/scorecard';
import type { TemplateContent } from '../../shared/schemas/template';

/** The colour family of a band. Always shown with the band's name, never alone. */
export type BandTone = 'warning' | 'ok' | 'strong';

/**
 * Bands are template data, so the colour comes from the score, not from band
 * names: below the template's target is a warning, at or above it is ok. When
 * the template is at hand, its top band (bands run lowest first) is "strong" —
 * unless it is the only band at or above the target, as in a pass/fail
 * template, where there is nothing to stand out from.
 */
export function bandTone(result: Pick<ScoreResult, 'bandId' | 'meetsTarget'>, template?: Pick<TemplateContent, 'bands' | 'target'>): BandTone {
  if (!result.meetsTarget) return 'warning';
  if (!template) return 'ok';
  const atOrAbove = template.bands.filter((band) => band.from >= template.target);
  return atOrAbove.length > 1 && template.bands.at(-1)?.id === result.bandId ? 'strong' : 'ok';
}
