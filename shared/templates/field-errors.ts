import type { z } from 'zod';

/** A problem in a template (or a map, or a file), pointing at the field as a path a screen can focus. */
export interface FieldError {
  path: (string | number)[];
  /** The path as people read it: `sections[2].elements[4].points`; empty for the whole document. */
  field: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    const name = String(part);
    return text ? `${text}.${name}` : name;
  }, '');
}

export const fieldError = (path: (string | number)[], message: string): FieldError => ({ path, field: formatPath(path), message });

/** `sections[2].elements[4].points: must be a positive number`. */
export const describeFieldError = (error: FieldError): string => (error.field ? `${error.field}: ${error.message}` : error.message);

// The order fields are written in, so errors read top to bottom as the document does.
const FIELD_ORDER = [
  'format', 'formatVersion', 'contentHash', 'templateId', 'version', 'versionId', 'publishedAt', 'publishedBy', 'installId',
  'previousVersionId', 'elementMap', 'template', 'name', 'description', 'sections',
  'id', 'kind', 'title', 'label', 'guidance', 'weight', 'points', 'allowNotApplicable', 'critical', 'commentRequiredWhen',
  'min', 'max', 'scaleLabels', 'elements', 'bands', 'from', 'fromInclusive', 'to', 'toInclusive', 'target',
  'notApplicableBandId', 'entries',
];

function compareParts(x: string | number, y: string | number): number {
  if (typeof x === 'number' || typeof y === 'number') {
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return typeof x === 'number' ? -1 : 1;
  }
  const rank = (name: string) => (FIELD_ORDER.includes(name) ? FIELD_ORDER.indexOf(name) : FIELD_ORDER.length);
  return rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0);
}

/** Document order: by path, indices as numbers, a parent before its fields. */
export function compareFieldErrors(a: FieldError, b: FieldError): number {
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
    const order = compareParts(a.path[i]!, b.path[i]!);
    if (order !== 0) return order;
  }
  return a.path.length - b.path.length;
}

const TYPE_WORDS: Record<string, string> = {
  number: 'must be a number',
  int: 'must be a whole number',
  string: 'must be text',
  boolean: 'must be true or false',
  array: 'must be a list',
  object: 'must be an object',
};

const LIST_WORDS: Record<string, string> = {
  sections: 'a template needs at least one section',
  elements: 'a section needs at least one element',
  bands: 'a template needs at least one band',
};

const KEY_RULE = 'must be a key of lower-case letters, digits and dashes (up to 64, starting with a letter or digit)';

const isKeyField = (path: readonly PropertyKey[]) => {
  const last = String(path[path.length - 1] ?? '');
  return last === 'id' || last.endsWith('Id') || typeof path[path.length - 1] === 'number';
};

/**
 * One wording for zod's issues, whatever schema raised them: every message
 * says what the field must be, so a screen can print `field: message` as is.
 * Parse with `reportInput: true` so a missing field reads "is required".
 */
export function fromZodIssue(issue: z.core.$ZodIssue): FieldError {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  const last = String(path[path.length - 1] ?? '');
  const message = ((): string => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return 'is required';
        return TYPE_WORDS[issue.expected] ?? `must be ${issue.expected}`;
      case 'too_small':
        if (issue.origin === 'array') return LIST_WORDS[last] ?? `needs at least ${issue.minimum} items`;
        if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is required' : `must be at least ${issue.minimum} characters`;
        if (Number(issue.minimum) === 0 && !issue.inclusive) return 'must be a positive number';
        return issue.inclusive ? `must be at least ${issue.minimum}` : `must be above ${issue.minimum}`;
      case 'too_big':
        if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
        if (issue.origin === 'array') return `must have at most ${issue.maximum} items`;
        return issue.inclusive ? `must be at most ${issue.maximum}` : `must be below ${issue.maximum}`;
      case 'invalid_format':
        return isKeyField(path) ? KEY_RULE : issue.message;
      case 'invalid_value':
        return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
      case 'invalid_union': {
        // A discriminated union names the values its discriminator may take.
        const options = (issue as { options?: unknown[] }).options;
        return Array.isArray(options) ? `must be ${options.map((v) => JSON.stringify(v)).join(' or ')}` : issue.message;
      }
      default:
        return issue.message;
    }
  })();
  return fieldError(path, message);
}
