import path from 'node:path';
import type { KindRegistry } from '../../../../shared/sync/kinds';
import type { ImportSource, SourceEntry } from '../import/source';
import { describeFsError, describeReadProblem } from './fs-errors';
import { shareProblem } from './marker';
import { readCapped, statOrNull } from './read-capped';
import { removeIfStaleTemp } from './stale-temps';
import { listShareFiles } from './walk';

export interface FolderSourceSettings {
  root: string;
  /** The share id read from the marker when the target was added; checked before reading. */
  shareId: string;
  kinds: KindRegistry;
}

/**
 * A shared folder as an import source: every kind's month folders, names only
 * at first (names are the cursor: joplin 6517). Nothing in the share is
 * changed except this install's own stale temporary files.
 */
export function createFolderSource({ root, shareId, kinds }: FolderSourceSettings): ImportSource {
  const fileOf = (entry: SourceEntry) => path.join(root, kinds.get(entry.kind).folder, ...entry.relativePath.split('/'));
  return {
    sourceId: shareId,
    // No marker, no reading: an empty mount point must look unreachable, not empty.
    problem: () => shareProblem(root, shareId),
    async list() {
      const problem = await shareProblem(root, shareId);
      if (problem) return { ok: false, message: problem };
      try {
        return { ok: true, entries: await listShareFiles(root, kinds.all), next: null, more: false };
      } catch (error) {
        return { ok: false, message: describeFsError(error, `The shared folder ${root}`, 'read') };
      }
    },
    async read(entry, maxBytes) {
      const got = await readCapped(fileOf(entry), maxBytes);
      if (got.kind !== 'read') return got;
      return { kind: 'read', text: got.bytes.toString('utf8'), fingerprint: got.fingerprint };
    },
    fingerprint: (entry) => statOrNull(fileOf(entry)),
    async explain(entry, error) {
      const { reason, transient } = describeReadProblem(error);
      return { reason, fingerprint: transient ? null : await statOrNull(fileOf(entry)).catch(() => null) };
    },
    tidy: (entry, nowMs) => removeIfStaleTemp(fileOf(entry), nowMs),
  };
}
