import type { z } from 'zod';

/**
 * A schema failure in words that never quote the file. A file in a share can
 * be anything a colleague (or anyone with write access) put there, and the
 * reason it was skipped is stored and shown: the words come from the schema
 * only. Zod's own message is kept where it is made of the schema alone (types,
 * bounds, allowed values); where it can carry the file's words (unknown keys,
 * record keys, a refinement's message) it is replaced, and path segments
 * that are not plain field names are elided.
 */
export function describeIssuesSafely(error: z.ZodError, max = 3): string {
  const shown = error.issues.slice(0, max).map((issue) => {
    const where = issue.path.map(segment).join('.');
    const what = safeMessage(issue);
    return where ? `${where}: ${what}` : what;
  });
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

function segment(part: PropertyKey): string {
  if (typeof part === 'number') return String(part);
  return typeof part === 'string' && FIELD.test(part) ? part : '…';
}

function safeMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
    case 'too_big':
    case 'too_small':
    case 'not_multiple_of':
    case 'invalid_value':
    case 'invalid_format':
    case 'invalid_union':
      return issue.message;
    case 'unrecognized_keys':
      return 'has fields the format does not allow';
    case 'invalid_key':
    case 'invalid_element':
      return 'holds an entry the format does not allow';
    default:
      return 'breaks a rule of the format';
  }
}
