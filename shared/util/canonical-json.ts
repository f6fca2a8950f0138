/**
 * JSON with object keys sorted at every level and no whitespace, so the same
 * data always gives the same bytes, and so the same content hash on every
 * machine (template versions, exported scorecards).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalForm(value));
}

/**
 * The value with every plain object's keys in sorted order, for JSON.stringify
 * to write as canonical JSON. A part already in that order (anything parsed
 * from canonical JSON, a document's embedded template) is used as it is, not
 * copied: building a 15 kB document's sorted copy cost more than writing it.
 * Callers canonicalising a document twice (with and without a member) sort it
 * once and spread the result, so only its top level is sorted again.
 */
export function canonicalForm(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    // An array with a toJSON of its own would write that: the sorted copy never carried it.
    let copy: unknown[] | null = Object.hasOwn(value, 'toJSON') ? [] : null;
    if (copy) {
      for (const item of value as unknown[]) copy.push(canonicalForm(item));
      return copy;
    }
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const sorted = canonicalForm(item);
      if (copy) copy.push(sorted);
      else if (sorted !== item) copy = [...value.slice(0, i), sorted];
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // Only a plain object is written by its own keys alone (a Date, say, would write itself with toJSON).
  const prototype = Object.getPrototypeOf(record) as unknown;
  let inOrder = prototype === Object.prototype || prototype === null;
  /** Each key's value in canonical form, made only once one differs from the original. */
  let values: unknown[] | null = null;
  for (let i = 0; i < keys.length; i++) {
    const v = record[keys[i]!];
    // An own `__proto__` is dropped by the copy (assigning it sets the prototype), as the sorted copy always did.
    if (v === undefined || keys[i] === '__proto__' || (i > 0 && keys[i - 1]! >= keys[i]!)) inOrder = false;
    if (v === null || typeof v !== 'object') continue;
    const sorted = canonicalForm(v);
    if (sorted === v) continue;
    inOrder = false;
    values ??= keys.map((key) => record[key]);
    values[i] = sorted;
  }
  if (inOrder) return record;
  const out: Record<string, unknown> = {};
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  for (const i of order) {
    const v = values ? values[i] : record[keys[i]!];
    if (v !== undefined) out[keys[i]!] = v;
  }
  return out;
}
