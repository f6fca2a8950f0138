import fs from 'node:fs/promises';
import path from 'node:path';
import { SCORECARDS_DIR, isMonthFolder, isYearFolder } from '../../../../shared/sync/layout';
import { errorCode } from './fs-errors';

export interface ListedFile {
  /** `yyyy/mm/name`, forward slashes: the key in the seen index and in outgoing items. */
  relativePath: string;
  name: string;
  absolutePath: string;
}

/**
 * Lists every entry but folders in the share's month folders. Names only: a readdir per
 * folder, no stat and no read, so a share of 100 000 files is listed in one
 * quick pass and only new names cost more.
 */
export async function listShareFiles(root: string): Promise<ListedFile[]> {
  const base = path.join(root, SCORECARDS_DIR);
  const out: ListedFile[] = [];
  for (const year of (await dirNames(base)).filter(isYearFolder).sort()) {
    for (const month of (await dirNames(path.join(base, year))).filter(isMonthFolder).sort()) {
      const dir = path.join(base, year, month);
      for (const entry of await entries(dir)) {
        // Files, and anything else that is not a folder (a link, a pipe): the importer reads only plain files
        // and lists the rest as skipped with the reason, rather than passing over them in silence.
        if (entry.isDirectory()) continue;
        out.push({ relativePath: `${year}/${month}/${entry.name}`, name: entry.name, absolutePath: path.join(dir, entry.name) });
      }
    }
  }
  return out;
}

async function entries(dir: string) {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    // A folder removed between two readdirs is simply not there any more.
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

async function dirNames(dir: string): Promise<string[]> {
  return (await entries(dir)).filter((e) => e.isDirectory()).map((e) => e.name);
}
