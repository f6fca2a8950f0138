import { classifyFileName } from '../../../../shared/sync/file-names';
import type { KindRegistry } from '../../../../shared/sync/kinds';
import { splitRelativePath } from '../../../../shared/sync/layout';
import { rosterKind } from '../../../../shared/sync/roster';
import type { DeliveryOutcome, DeliveryTarget, OutgoingItem } from '../delivery';
import { ensureRealFolders, LinkInShareError } from './containment';
import { describeFsError } from './fs-errors';
import { createShareCheck } from './share-check';
import { WriteAbortedError, writeFileOnce, type WriteOnceOptions } from './write-once';

export interface FolderTargetSettings {
  root: string;
  /** The share id read from the marker when the target was added; checked before every write. */
  shareId: string;
  kinds: KindRegistry;
  /** This install's roster entry (shared/sync/roster.ts), written before its first document; throws while the key cannot be read. */
  rosterEntry?: () => Promise<OutgoingItem>;
}

/**
 * The shared-folder target: one immutable file per document revision under
 * `<kind folder>/<yyyy>/<mm>/`. Idempotent: a file already there with the same
 * bytes counts as delivered; a different one is reported and never replaced.
 * Before the first document it sends, it puts this install's roster entry in
 * the share (once per session: the file is written once, and found identical
 * after), so colleagues know its key before they meet its documents.
 */
export function createFolderTarget(settings: FolderTargetSettings, options: Pick<WriteOnceOptions, 'beforeCommit'> = {}): DeliveryTarget {
  const where = `The shared folder ${settings.root}`;
  let rosterWritten = settings.rosterEntry === undefined;
  const shareCheck = createShareCheck(settings.root, settings.shareId);
  const folders = new Set<string>();

  /** One file in its place, inside the share's real path `real`; `what` names it in messages. */
  async function put(item: OutgoingItem, signal: AbortSignal, real: string, folder: string, what: string): Promise<DeliveryOutcome> {
    const place = splitRelativePath(item.relativePath)!;
    try {
      const dir = await ensureRealFolders(real, [folder, place.year, place.month], folders);
      const result = await writeFileOnce(dir, place.name, Buffer.from(item.body, 'utf8'), { signal, insideOf: real, ...options });
      if (result.kind !== 'different') return { kind: 'delivered' };
      return {
        kind: 'failed',
        message: `A different file named ${folder}/${item.relativePath} (${result.existingBytes} bytes) is already in ${settings.root}, where ${what} belongs. Callmark never overwrites a file in a share: move that file aside, then retry.`,
      };
    } catch (error) {
      // Whatever went wrong, the folders are looked at afresh next time (one may have been removed or swapped).
      folders.clear();
      if (error instanceof WriteAbortedError) return { kind: 'retry', message: 'Stopped before the file was put in place.' };
      // A link where a folder of the share belongs is for the user to fix: retrying would find it again.
      if (error instanceof LinkInShareError) return { kind: 'failed', message: error.message };
      return { kind: 'retry', message: describeFsError(error, where) };
    }
  }

  async function putRosterEntry(signal: AbortSignal, real: string): Promise<DeliveryOutcome> {
    let entry: OutgoingItem;
    try {
      entry = await settings.rosterEntry!();
    } catch (error) {
      return { kind: 'retry', message: error instanceof Error ? error.message : String(error) };
    }
    const outcome = await put(entry, signal, real, rosterKind.folder, 'this computer’s roster entry (its signing key)');
    if (outcome.kind === 'delivered') rosterWritten = true;
    return outcome;
  }

  return {
    async deliver(item: OutgoingItem, signal: AbortSignal): Promise<DeliveryOutcome> {
      const kind = settings.kinds.has(item.kind) ? settings.kinds.get(item.kind) : null;
      const place = splitRelativePath(item.relativePath);
      if (!kind || !place || classifyFileName(kind, place.name).is !== 'document') {
        return { kind: 'failed', message: `Refusing to write outside the share's layout: ${item.kind} ${item.relativePath}` };
      }
      // Checked before each write, not once: a drive can be unplugged mid-drain,
      // and its empty mount point must never receive files (joplin 961, 4223, 6304).
      const share = await shareCheck();
      if (!share.ok) return { kind: 'retry', message: share.problem };
      if (signal.aborted) return { kind: 'retry', message: 'Stopped before writing.' };
      if (!rosterWritten) {
        const roster = await putRosterEntry(signal, share.real);
        if (roster.kind !== 'delivered') return roster;
      }
      return put(item, signal, share.real, kind.folder, `this ${kind.noun}`);
    },
  };
}
