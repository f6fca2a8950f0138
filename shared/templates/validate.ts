import { compareFieldErrors, fieldError, fromZodIssue, type FieldError } from './field-errors';
import { TemplateDefinition, TemplateDefinitionFields } from './definition';
import { crossFieldRules } from './template-rules';

export type TemplateValidation = { ok: true; template: TemplateDefinition } | { ok: false; errors: FieldError[] };

/**
 * Checks a template draft (or an imported one) and returns every problem at
 * once, each pointing at its field (`sections[2].elements[4].points: must be a
 * positive number`), in the order the template reads. On success, the template
 * with its defaults filled in, ready to publish or export.
 */
export function validateTemplate(draft: unknown): TemplateValidation {
  if (draft === null || typeof draft !== 'object' || Array.isArray(draft))
    return { ok: false, errors: [fieldError([], 'a template must be an object with a name, sections, bands, a target and a not-applicable band')] };
  const fields = TemplateDefinitionFields.safeParse(draft, { reportInput: true });
  const errors = [...(fields.success ? [] : fields.error.issues.map(fromZodIssue)), ...crossFieldRules(draft)];
  if (errors.length > 0) return { ok: false, errors: errors.sort(compareFieldErrors) };
  return { ok: true, template: TemplateDefinition.parse(draft) };
}
