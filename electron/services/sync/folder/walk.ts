import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { EntryShape } from '../../../../shared/sync/import-verdicts';
import type { AnyDocumentKind } from '../../../../shared/sync/kinds';
import { isMonthFolder, isYearFolder } from '../../../../shared/sync/layout';
import type { SourceEntry } from '../import/source';
import { errorCode } from './fs-errors';

/** Folders nested deeper than this below a kind's folder are listed as one entry, not walked. */
const MAX_DEPTH = 6;

/**
 * Lists everything in each kind's folder, so every file of the share ends in
 * exactly one count of the import report: the documents in `yyyy/mm/`, and
 * also whatever is elsewhere (a file beside the year folders, a folder inside
 * a month folder, a hidden file), which is listed to be skipped or ignored
 * with the reason rather than passed over in silence. Names and types only:
 * one readdir per folder, no stat and no read, so a share of 100 000 files
 * is listed in one quick pass. Links are listed, never followed: a linked
 * month folder is one entry. Folders of kinds this install does not know are
 * not looked into.
 */
export async function listShareFiles(root: string, kinds: readonly AnyDocumentKind[]): Promise<SourceEntry[]> {
  const out: SourceEntry[] = [];
  for (const kind of kinds) {
    const base = path.join(root, kind.folder);
    const top = await fs.lstat(base).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    });
    if (!top) continue;
    if (!top.isDirectory()) {
      // A link (or a file) in place of the kind's folder: one entry, its path empty (relative to where the folder belongs).
      out.push({ kind: kind.kind, relativePath: '', name: kind.folder, shape: top.isSymbolicLink() ? 'link' : 'other', place: 'outside' });
      continue;
    }
    await walk(base, '', 0, (relativePath, name, shape, place) => out.push({ kind: kind.kind, relativePath, name, shape, place }));
  }
  return out;
}

type Found = (relativePath: string, name: string, shape: EntryShape, place: SourceEntry['place']) => void;

/**
 * Every real folder is walked (a hidden one is one entry, ignored); what is
 * not a folder is an entry, in the layout only as `<yyyy>/<mm>/<name>`.
 */
async function walk(dir: string, rel: string, depth: number, found: Found): Promise<void> {
  const inMonthFolder = depth === 2 && isYearFolder(rel.slice(0, rel.indexOf('/'))) && isMonthFolder(rel.slice(rel.indexOf('/') + 1));
  for (const entry of (await entries(dir)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const relativePath = rel ? `${rel}/${entry.name}` : entry.name;
    const shape = shapeOf(entry);
    if (shape === 'folder' && !entry.name.startsWith('.') && depth < MAX_DEPTH) await walk(path.join(dir, entry.name), relativePath, depth + 1, found);
    else found(relativePath, entry.name, shape, inMonthFolder ? 'layout' : 'outside');
  }
}

const shapeOf = (entry: Dirent): EntryShape =>
  entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'folder' : 'other';

async function entries(dir: string): Promise<Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    // A folder removed between two readdirs is simply not there any more.
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}
