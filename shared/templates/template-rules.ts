import { z } from 'zod';
import { Band, TemplateSection } from '../schemas/template';
import { bandRules } from './band-rules';
import { fieldError, formatPath, type FieldError } from './field-errors';

const Key = TemplateSection.shape.id;
const Bands = z.array(Band).min(1);

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const keyOf = (value: unknown): string | null => {
  const parsed = Key.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** Reports each repeated key at its second and later use, naming where it was first used. */
function uniqueKeys(entries: { key: string | null; path: (string | number)[] }[], what: string): FieldError[] {
  const first = new Map<string, string>();
  const errors: FieldError[] = [];
  for (const { key, path } of entries) {
    if (key === null) continue;
    const seen = first.get(key);
    if (seen !== undefined) errors.push(fieldError(path, `"${key}" is already the ${what} of ${seen}`));
    else first.set(key, formatPath(path.slice(0, -1)));
  }
  return errors;
}

/**
 * The rules between fields of a template, read from whatever parts of a draft
 * are well formed, so that they are reported alongside field errors rather than
 * after them are fixed: keys unique (answers and exports name elements by key,
 * across the whole template), weights on every section or none (SCORING.md
 * rule 3), bands that tile 0–100, and a not-applicable band that is one of them.
 */
export function crossFieldRules(draft: unknown): FieldError[] {
  const template = record(draft);
  const sections = list(template.sections).map(record);
  const errors: FieldError[] = [];

  errors.push(...uniqueKeys(sections.map((s, i) => ({ key: keyOf(s.id), path: ['sections', i, 'id'] })), 'key'));
  errors.push(
    ...uniqueKeys(
      sections.flatMap((s, i) => list(s.elements).map((e, j) => ({ key: keyOf(record(e).id), path: ['sections', i, 'elements', j, 'id'] }))),
      'key',
    ),
  );

  const weighted = sections.filter((s) => s.weight !== undefined).length;
  if (weighted > 0 && weighted < sections.length)
    sections.forEach((s, i) => {
      if (s.weight === undefined)
        errors.push(fieldError(['sections', i, 'weight'], 'is required because other sections have a weight: give every section a weight, or none'));
    });

  const bands = Bands.safeParse(template.bands);
  if (bands.success) {
    errors.push(...uniqueKeys(bands.data.map((b, i) => ({ key: b.id, path: ['bands', i, 'id'] })), 'key'));
    errors.push(...uniqueKeys(bands.data.map((b, i) => ({ key: b.label, path: ['bands', i, 'label'] })), 'label'));
    errors.push(...bandRules(bands.data));
    const naBand = keyOf(template.notApplicableBandId);
    if (naBand !== null && !bands.data.some((b) => b.id === naBand))
      errors.push(fieldError(['notApplicableBandId'], `must be the key of one of the bands (${bands.data.map((b) => `"${b.id}"`).join(', ')})`));
  }
  return errors;
}
