import { z } from 'zod';

/**
 * What a name must be before it is stamped on scorecards or chosen from a list
 * (issue 13 item 8): something a person can see and read back. One rule, here,
 * for the API's schemas, the forms that check before sending, and the
 * duplicate warnings of the New review form and the Agents screen.
 */

/** The longest name kept; longer ones are refused with their length, never cut. */
export const NAME_MAX = 200;

/**
 * Characters that print nothing or nothing of their own: spaces of every kind, controls, format characters (zero-width
 * space and joiners, direction marks and overrides, the byte order mark), combining marks with nothing to sit on,
 * variation selectors, and the blank look-alikes Unicode classes as letters (Hangul fillers, the blank braille cell).
 */
const INVISIBLE = /[\s\p{Z}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/** Why `value` is not a usable name for `field`, or null. `value` is taken as it will be stored (trimmed). */
export function nameProblem(value: string, field: string, max = NAME_MAX): string | null {
  const name = value.trim();
  if (name.length === 0) return `${field} is required`;
  if ([...name].every((ch) => INVISIBLE.test(ch))) return `${field} has no visible characters: type the name in letters`;
  const length = [...name].length;
  if (length > max) return `${field} is ${length} characters long; at most ${max} are kept, so shorten it`;
  return null;
}

/** A required name at an API boundary: trimmed, visible, at most `max` characters, refused with the reason otherwise. */
export const PersonName = (field: string, max = NAME_MAX) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = nameProblem(value, field, max);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** An optional name (a customer's): empty, or a name as above. */
export const OptionalPersonName = (field: string, max = NAME_MAX) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = value === '' ? null : nameProblem(value, field, max);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** How names compare for "is this the same person?": compatibility forms, case, and invisible characters set aside. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE_ALL, ' ').trim().replace(/ +/g, ' ').toLocaleLowerCase('en');
}

/** Another person already called `name` (ignoring `exceptId`, the one being edited), or null. */
export function sameNameAs<T extends { id: string; name: string }>(name: string, people: readonly T[], exceptId?: string): T | null {
  const key = nameKey(name);
  return key === '' ? null : (people.find((p) => p.id !== exceptId && nameKey(p.name) === key) ?? null);
}
