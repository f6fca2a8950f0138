import { TemplateContent } from '../schemas/template';
import type { TemplateDefinition } from './definition';
import { fieldError, type FieldError } from './field-errors';

export type ScoringTemplate = { ok: true; template: TemplateContent } | { ok: false; errors: FieldError[] };

/**
 * The definition as the scoring engine reads it (SCORING.md's template
 * settings), or why it cannot be scored yet. A scale that starts above 0 cannot:
 * rule 1 earns `points × v / max`, which would give a 1–5 scale's lowest answer
 * a fifth of its points. "Comment required: always" only decides whether a
 * scorecard can be completed, never a score, so for scoring it reads as the
 * nearest rule the engine has.
 */
export function toScoringTemplate(definition: TemplateDefinition): ScoringTemplate {
  const errors: FieldError[] = [];
  const sections = definition.sections.map((section, i) => ({
    ...section,
    elements: section.elements.map((element, j) => {
      const commentRequiredWhen = element.commentRequiredWhen === 'always' ? 'not_fully_met' : element.commentRequiredWhen;
      if (element.kind === 'check') return { ...element, commentRequiredWhen };
      const { min = 0, ...scale } = element;
      if (min !== 0)
        errors.push(fieldError(['sections', i, 'elements', j, 'min'], `a scale starting at ${min} cannot be scored yet: the scoring rules score every scale from 0`));
      return { ...scale, commentRequiredWhen };
    }),
  }));
  if (errors.length) return { ok: false, errors };
  return { ok: true, template: TemplateContent.parse({ ...definition, sections }) };
}
