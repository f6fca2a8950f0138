/**
 * Where scorecards live in a shared folder:
 *
 *   <root>/callmark-share.json                      the marker (see electron/services/sync/folder/marker.ts)
 *   <root>/scorecards/<yyyy>/<mm>/<scorecardId>.r<revision>.json
 *
 * One immutable file per scorecard revision, named by ids only one install ever
 * writes, so no two reviewers write the same name and no lock file is needed
 * (lock files inside OneDrive/Dropbox folders stuck with EBUSY: joplin 8146, 8512).
 * Year and month (UTC, of completion) keep each folder a few thousand entries at most.
 */
export const MARKER_FILE = 'callmark-share.json';
export const SCORECARDS_DIR = 'scorecards';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const REVISION = '[1-9][0-9]{0,8}';
const EXPORT_NAME = new RegExp(`^(${UUID})\\.r(${REVISION})\\.json$`);
const EXPORT_STEM = new RegExp(`(${UUID})\\.r(${REVISION})`, 'i');
const TEMP_NAME = new RegExp(`^\\.~((${UUID})\\.r(${REVISION})\\.json)\\.([0-9a-z]+)\\.tmp$`);
const YEAR = /^[0-9]{4}$/;
const MONTH = /^(0[1-9]|1[0-2])$/;

export function exportFileName(scorecardId: string, revision: number): string {
  return `${scorecardId}.r${revision}.json`;
}

/** `yyyy/mm/<id>.r<n>.json` under `scorecards/`, by the UTC month of completion. Forward slashes on every platform. */
export function exportRelativePath(scorecardId: string, revision: number, completedAt: string): string {
  const at = new Date(completedAt);
  if (Number.isNaN(at.getTime())) throw new Error(`not a date: ${completedAt}`);
  const yyyy = String(at.getUTCFullYear()).padStart(4, '0');
  const mm = String(at.getUTCMonth() + 1).padStart(2, '0');
  return `${yyyy}/${mm}/${exportFileName(scorecardId, revision)}`;
}

/**
 * The temporary name a file is written under before it is renamed into place
 * (truncated files from in-place writes: joplin 5056): in the same folder, so
 * the rename is atomic; hidden, so readers skip it; `.~` and `.tmp`, the marks
 * sync clients take for temporary files; carrying the final name, so a stale
 * one left by a crash can be recognised as ours and cleaned up.
 */
export function tempFileName(finalName: string, random: string): string {
  if (!/^[0-9a-z]+$/.test(random)) throw new Error('the random part of a temporary name is lower-case letters and digits');
  return `.~${finalName}.${random}.tmp`;
}

export function parseTempFileName(name: string): { finalName: string; scorecardId: string } | null {
  const m = TEMP_NAME.exec(name);
  return m ? { finalName: m[1]!, scorecardId: m[2]! } : null;
}

export const isYearFolder = (name: string) => YEAR.test(name);
export const isMonthFolder = (name: string) => MONTH.test(name);

export type ShareFileName =
  | { kind: 'export'; scorecardId: string; revision: number }
  /** A hidden file: our own temporary files, a sync client's bookkeeping, .DS_Store. Never read, never listed. */
  | { kind: 'hidden' }
  | { kind: 'conflict'; of: string; message: string }
  | { kind: 'foreign'; message: string };

/**
 * What a file name in a month folder is. Anything that carries one of our
 * names but is not exactly it is a copy made by a sync client or by hand
 * ("x (1).json", "x-DESKTOP-ABC.json", "x (conflicted copy).json", ...): it is
 * listed and never imported, since the real file under the real name is the
 * one that counts.
 */
export function classifyShareFileName(name: string): ShareFileName {
  if (name.startsWith('.')) return { kind: 'hidden' };
  const exact = EXPORT_NAME.exec(name);
  if (exact) return { kind: 'export', scorecardId: exact[1]!, revision: Number(exact[2]) };
  const stem = EXPORT_STEM.exec(name);
  if (stem) {
    const of = exportFileName(stem[1]!.toLowerCase(), Number(stem[2]));
    return { kind: 'conflict', of, message: `${conflictKind(name)} of ${of}: not imported, the original is` };
  }
  return { kind: 'foreign', message: 'not a Callmark scorecard file name (expected <scorecard id>.r<revision>.json)' };
}

function conflictKind(name: string): string {
  if (/sync-conflict/i.test(name)) return 'a Syncthing conflict copy';
  if (/conflict/i.test(name)) return 'a sync conflict copy';
  if (/ \(\d+\)\.json$/i.test(name)) return 'a numbered copy';
  if (/ - copy( \(\d+\))?\.json$/i.test(name) || /^copy of /i.test(name) || / copy( \d+)?\.json$/i.test(name)) return 'a copy';
  if (/\.r\d+-[^.]+\.json$/i.test(name)) return 'a copy renamed with a computer name (OneDrive)';
  return 'a copy';
}
