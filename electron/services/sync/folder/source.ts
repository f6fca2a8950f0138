import path from 'node:path';
import { LINK_NOT_FOLLOWED } from '../../../../shared/sync/import-verdicts';
import type { KindRegistry } from '../../../../shared/sync/kinds';
import type { ImportSource, SourceEntry } from '../import/source';
import { realRoot } from './containment';
import { describeFsError, describeReadProblem } from './fs-errors';
import { shareProblem } from './marker';
import { readCapped, statOrNull, textOf } from './read-capped';
import { removeIfStaleTemp } from './stale-temps';
import { listShareFiles } from './walk';

export interface FolderSourceSettings {
  root: string;
  /** The share id read from the marker when the target was added; checked before reading. */
  shareId: string;
  kinds: KindRegistry;
}

/** What is listed as something else than a file is described from the listing, and never opened. */
const NOT_OPENED: Record<'link' | 'folder' | 'other', string> = {
  link: LINK_NOT_FOLLOWED,
  folder: 'a folder nested too deep to be looked into',
  other: 'not a plain file (a pipe, socket or device)',
};

/**
 * A shared folder as an import source: every kind's folder, names only at
 * first (names are the cursor: joplin 6517). Only plain files inside the
 * share's real path are opened (./containment.ts). Nothing in the share is
 * changed except this install's own stale temporary files.
 */
export function createFolderSource({ root, shareId, kinds }: FolderSourceSettings): ImportSource {
  const fileOf = (entry: SourceEntry) => path.join(root, kinds.get(entry.kind).folder, ...entry.relativePath.split('/').filter(Boolean));
  let real: string | null = null;
  return {
    sourceId: shareId,
    // No marker, no reading: an empty mount point must look unreachable, not empty.
    problem: () => shareProblem(root, shareId),
    async list() {
      const problem = await shareProblem(root, shareId);
      if (problem) return { ok: false, message: problem };
      try {
        real = await realRoot(root);
        return { ok: true, entries: await listShareFiles(real, kinds.all), next: null, more: false };
      } catch (error) {
        return { ok: false, message: describeFsError(error, `The shared folder ${root}`, 'read') };
      }
    },
    async read(entry, maxBytes) {
      const shape = entry.shape ?? 'file';
      if (shape !== 'file') {
        const fingerprint = await statOrNull(fileOf(entry));
        return fingerprint ? { kind: 'not_a_file', what: NOT_OPENED[shape], fingerprint } : { kind: 'gone' };
      }
      const got = await readCapped(fileOf(entry), maxBytes, real ?? (await realRoot(root)));
      // A listed file that is gone or is something else now may be the whole share going away mid-pass (a drive
      // unplugged): that stops the pass, and nothing is marked, rather than the file being recorded as skipped.
      if ((got.kind === 'gone' || got.kind === 'not_a_file') && (await shareProblem(root, shareId))) throw new Error(`${root} went away while it was read`);
      if (got.kind !== 'read') return got;
      return textOf(got);
    },
    localFile: async (entry) => ((entry.shape ?? 'file') === 'file' ? { path: fileOf(entry), insideOf: real ?? (await realRoot(root)) } : null),
    fingerprint: (entry) => statOrNull(fileOf(entry)),
    async explain(entry, error) {
      const { reason, transient } = describeReadProblem(error);
      return { reason, fingerprint: transient ? null : await statOrNull(fileOf(entry)).catch(() => null) };
    },
    tidy: (entry, nowMs) => removeIfStaleTemp(fileOf(entry), nowMs),
  };
}
