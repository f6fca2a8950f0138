import fs from 'node:fs/promises';
import path from 'node:path';
import type { AnyDocumentKind } from '../../../../shared/sync/kinds';
import { isMonthFolder, isYearFolder } from '../../../../shared/sync/layout';
import type { SourceEntry } from '../import/source';
import { errorCode } from './fs-errors';

/**
 * Lists every entry but folders in the month folders of each kind's folder.
 * Names only: a readdir per folder, no stat and no read, so a share of
 * 100 000 files is listed in one quick pass and only new names cost more.
 * Folders of kinds this install does not know are not looked into.
 */
export async function listShareFiles(root: string, kinds: readonly AnyDocumentKind[]): Promise<SourceEntry[]> {
  const out: SourceEntry[] = [];
  for (const kind of kinds) {
    const base = path.join(root, kind.folder);
    for (const year of (await dirNames(base)).filter(isYearFolder).sort()) {
      for (const month of (await dirNames(path.join(base, year))).filter(isMonthFolder).sort()) {
        for (const entry of await entries(path.join(base, year, month))) {
          // Files, and anything else that is not a folder (a link, a pipe): the importer reads only plain files
          // and lists the rest as skipped with the reason, rather than passing over them in silence.
          if (entry.isDirectory()) continue;
          out.push({ kind: kind.kind, relativePath: `${year}/${month}/${entry.name}`, name: entry.name });
        }
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
