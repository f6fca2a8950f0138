/** A key from words: lower-case letters, digits and dashes, as template keys must be. */
export function slugOf(words: string, fallback: string): string {
  const slug = words
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Whether a key was made by the builder rather than chosen: a placeholder
 * ("element-3") or one made from the label it had. Such a key follows the
 * label while the element was never published; a published key never changes,
 * since versions, exports and reports match elements by key.
 */
export function isGeneratedKey(key: string, label: string, fallback: string): boolean {
  const from = slugOf(label, fallback);
  return new RegExp(`^${fallback}-\\d+$`).test(key) || key === from || new RegExp(`^${from.replace(/[-]/g, '\\-')}-\\d+$`).test(key);
}
