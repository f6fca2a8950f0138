/**
 * A text[] parameter as PostgreSQL's array literal, sent as plain text and
 * cast in the statement (`${textArray(keys)}::text[]`). Not `sql.array`:
 * postgres.js serialises arrays with the array types it reads when its first
 * connection opens, and a connection opened beside that one, before they are
 * read, sends `['north']` as `north`, which PostgreSQL refuses ("malformed
 * array literal"): a cold pool under concurrent pushes failed so.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
