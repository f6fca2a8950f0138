import fs from 'node:fs';
import path from 'node:path';
import type { Reviewer } from './reviewer';
import { emptyShare, shareFiles } from './share';

/**
 * Rita exports `count` scorecards to her own share; Sam sets up an empty share
 * whose month folder is ready. Tests then copy, break and rename Rita's files
 * into Sam's share, the way sync clients and people do, and Sam imports.
 */
export async function copiedShare(reviewer: (name: string) => Promise<Reviewer>, count: number) {
  const rita = await reviewer('Rita Reviewer');
  const sam = await reviewer('Sam Second');
  const ritaRoot = emptyShare();
  await rita.addShare(ritaRoot);
  const ids = await rita.complete(count);
  await rita.idle();
  const files = shareFiles(ritaRoot).map((rel) => ({ rel, bytes: fs.readFileSync(path.join(ritaRoot, 'scorecards', ...rel.split('/'))) }));
  const root = emptyShare();
  const target = await sam.addShare(root);
  const month = files[0]!.rel.slice(0, 7);
  const dir = path.join(root, 'scorecards', ...month.split('/'));
  fs.mkdirSync(dir, { recursive: true });
  return { rita, sam, ids, files, root, dir, month, target };
}
