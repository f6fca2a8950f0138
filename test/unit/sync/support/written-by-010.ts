import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { tempFolder } from '../../../support/service';

/**
 * What Callmark 0.1.0 wrote (test/unit/sync/fixtures/written-by-0.1.0, made
 * with 0.1.0's own code): a share in its layout and Sam's database, copied
 * fresh for each test so none changes the originals.
 */
export const writtenBy010 = path.join(import.meta.dirname, '..', 'fixtures', 'written-by-0.1.0');

/** A copy of the share 0.1.0 wrote. */
export function copyOfShare010(): string {
  const root = path.join(tempFolder('callmark-old-share-'), 'share');
  fs.cpSync(path.join(writtenBy010, 'share'), root, { recursive: true });
  return root;
}

/** A data folder holding a copy of Sam's database as 0.1.0 left it. */
export function dataFolder010(): string {
  const dataFolder = tempFolder('callmark-old-db-');
  fs.writeFileSync(path.join(dataFolder, 'callmark.sqlite'), zlib.gunzipSync(fs.readFileSync(path.join(writtenBy010, 'sam-callmark.sqlite.gz'))));
  return dataFolder;
}
