import fs from 'node:fs/promises';
import path from 'node:path';
import { classifyFileName } from '../../../../shared/sync/file-names';
import type { KindRegistry } from '../../../../shared/sync/kinds';
import { splitRelativePath } from '../../../../shared/sync/layout';
import type { DeliveryOutcome, DeliveryTarget, OutgoingItem } from '../delivery';
import { describeFsError } from './fs-errors';
import { shareProblem } from './marker';
import { WriteAbortedError, writeFileOnce, type WriteOnceOptions } from './write-once';

export interface FolderTargetSettings {
  root: string;
  /** The share id read from the marker when the target was added; checked before every write. */
  shareId: string;
  kinds: KindRegistry;
}

/**
 * The shared-folder target: one immutable file per document revision under
 * `<kind folder>/<yyyy>/<mm>/`. Idempotent: a file already there with the same
 * bytes counts as delivered; a different one is reported and never replaced.
 */
export function createFolderTarget(settings: FolderTargetSettings, options: Pick<WriteOnceOptions, 'beforeCommit'> = {}): DeliveryTarget {
  const where = `The shared folder ${settings.root}`;
  return {
    async deliver(item: OutgoingItem, signal: AbortSignal): Promise<DeliveryOutcome> {
      const kind = settings.kinds.has(item.kind) ? settings.kinds.get(item.kind) : null;
      const place = splitRelativePath(item.relativePath);
      if (!kind || !place || classifyFileName(kind, place.name).is !== 'document') {
        return { kind: 'failed', message: `Refusing to write outside the share's layout: ${item.kind} ${item.relativePath}` };
      }
      // Checked before each write, not once: a drive can be unplugged mid-drain,
      // and its empty mount point must never receive files (joplin 961, 4223, 6304).
      const problem = await shareProblem(settings.root, settings.shareId);
      if (problem) return { kind: 'retry', message: problem };
      if (signal.aborted) return { kind: 'retry', message: 'Stopped before writing.' };
      const dir = path.join(settings.root, kind.folder, place.year, place.month);
      try {
        await fs.mkdir(dir, { recursive: true });
        const result = await writeFileOnce(dir, place.name, Buffer.from(item.body, 'utf8'), { signal, ...options });
        if (result.kind !== 'different') return { kind: 'delivered' };
        return {
          kind: 'failed',
          message: `A different file named ${kind.folder}/${item.relativePath} (${result.existingBytes} bytes) is already in ${settings.root}. Callmark never overwrites a file in a share: move that file aside, then retry.`,
        };
      } catch (error) {
        if (error instanceof WriteAbortedError) return { kind: 'retry', message: 'Stopped before the file was put in place.' };
        return { kind: 'retry', message: describeFsError(error, where) };
      }
    },
  };
}
