import { documentFileName } from './file-names';
import type { AnyDocumentKind, WrittenRef } from './kinds/kind';

/**
 * Where documents live in a shared folder:
 *
 *   <root>/callmark-share.json                          the marker (see electron/services/sync/folder/marker.ts)
 *   <root>/<kind folder>/<yyyy>/<mm>/<file name>         one immutable file per document revision (./file-names.ts)
 *   <root>/scorecards/2026/11/<scorecardId>.r<revision>.json    the first kind, unchanged since 0.1.0
 *
 * Each kind has its own folder (./kinds/), so a reader that knows only some
 * kinds never meets the others. Year and month (UTC, of the document's
 * placing time: a scorecard's completion) keep each folder a few thousand
 * entries at most. Paths in the database and in reports are relative to the
 * kind's folder, with forward slashes on every platform.
 */
export const MARKER_FILE = 'callmark-share.json';

const YEAR = /^[0-9]{4}$/;
const MONTH = /^(0[1-9]|1[0-2])$/;

export const isYearFolder = (name: string) => YEAR.test(name);
export const isMonthFolder = (name: string) => MONTH.test(name);

/** `yyyy/mm/<file name>` under the kind's folder, by the UTC month of `placedAt`. */
export function documentRelativePath(kind: AnyDocumentKind, ref: Omit<WrittenRef, 'kind'>, placedAt: string): string {
  const at = new Date(placedAt);
  if (Number.isNaN(at.getTime())) throw new Error(`not a date: ${placedAt}`);
  const yyyy = String(at.getUTCFullYear()).padStart(4, '0');
  const mm = String(at.getUTCMonth() + 1).padStart(2, '0');
  return `${yyyy}/${mm}/${documentFileName(kind, ref)}`;
}

/** The parts of a relative path, when it has exactly the layout's shape: `yyyy/mm/name`. */
export function splitRelativePath(relativePath: string): { year: string; month: string; name: string } | null {
  const parts = relativePath.split('/');
  if (parts.length !== 3) return null;
  const [year, month, name] = parts as [string, string, string];
  return isYearFolder(year) && isMonthFolder(month) && name !== '' ? { year, month, name } : null;
}
