import path from 'node:path';
import { classifyFileName } from '../../../../shared/sync/file-names';
import type { KindRegistry } from '../../../../shared/sync/kinds';
import { splitRelativePath } from '../../../../shared/sync/layout';
import { rosterKind } from '../../../../shared/sync/roster';
import type { DeliveryOutcome, DeliveryTarget, OutgoingItem } from '../delivery';
import { ensureRealFolders, LinkInShareError } from './containment';
import { describeFsError } from './fs-errors';
import { createShareCheck } from './share-check';
import { limited } from '../limited';
import { fsyncDirectory } from './fsync-dir';
import { placeFileOnce, WriteAbortedError, type WriteOnceOptions } from './write-once';

/** Files of a round written at once: on a local disk their flushes overlap; on a network share, their round trips. */
export const WRITES_AT_ONCE = 4;

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

  /**
   * One file in its place, inside the share's real path `real`; `what` names it in messages. It counts only once the
   * folder its name is in is flushed, and each folder on its way that this target had not looked at yet flushed into
   * its parent (made now, or by a run killed before its flush): at once, or, when `unflushed` is given, by the
   * caller, who adds those folders to it. A name found identical may be one given by a run killed before its flush,
   * so its folder is flushed too.
   */
  async function put(item: OutgoingItem, signal: AbortSignal, real: string, folder: string, what: string, unflushed?: Set<string>): Promise<DeliveryOutcome> {
    const place = splitRelativePath(item.relativePath)!;
    const looked: string[] = [];
    let named: string | null = null;
    try {
      const dir = await ensureRealFolders(real, [folder, place.year, place.month], folders, looked);
      const result = await placeFileOnce(dir, place.name, Buffer.from(item.body, 'utf8'), { signal, insideOf: real, ...options });
      if (result.kind === 'different') {
        return {
          kind: 'failed',
          message: `A different file named ${folder}/${item.relativePath} (${result.existingBytes} bytes) is already in ${settings.root}, where ${what} belongs. Callmark never overwrites a file in a share: move that file aside, then retry.`,
        };
      }
      named = dir;
      return { kind: 'delivered' };
    } catch (error) {
      // Whatever went wrong, the folders are looked at afresh next time (one may have been removed or swapped).
      folders.clear();
      if (error instanceof WriteAbortedError) return { kind: 'retry', message: 'Stopped before the file was put in place.' };
      // A link where a folder of the share belongs is for the user to fix: retrying would find it again.
      if (error instanceof LinkInShareError) return { kind: 'failed', message: error.message };
      return { kind: 'retry', message: describeFsError(error, where) };
    } finally {
      // Whatever became of the file: a folder looked at now is not looked at again, so its name is flushed now.
      for (const folderToFlush of [...(named === null ? [] : [named]), ...looked.map((f) => path.dirname(f))]) {
        if (unflushed) unflushed.add(folderToFlush);
        else await fsyncDirectory(folderToFlush);
      }
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

  /** One document, checked against the share's layout and the share itself first. */
  async function deliverOne(item: OutgoingItem, signal: AbortSignal, unflushed?: Set<string>): Promise<DeliveryOutcome> {
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
    return put(item, signal, share.real, kind.folder, `this ${kind.noun}`, unflushed);
  }

  return {
    deliver: (item, signal) => deliverOne(item, signal),
    /**
     * A round of documents, a few written at once so their flushes overlap, each file flushed as it is written, and
     * each folder that gained names flushed once at the end, after every write started has ended and before any
     * of them counts as delivered. Killed before that flush, none is marked sent, and each is delivered again (found
     * identical, and flushed then, or written afresh). No further document is started after a retry, or once
     * `stillWanted` says the target is no longer to be written (disabled, removed, its settings changed); the
     * outcomes answer for those started, in order.
     */
    async deliverBatch(items, signal, stillWanted = () => true) {
      const unflushed = new Set<string>();
      let stopped = false;
      const one = async (item: OutgoingItem): Promise<DeliveryOutcome | null> => {
        if (stopped || !stillWanted()) {
          stopped = true;
          return null;
        }
        let outcome: DeliveryOutcome;
        try {
          outcome = await deliverOne(item, signal, unflushed);
        } catch (error) {
          // Never thrown past here: the other writes of the round must end, and be flushed, before it answers.
          outcome = { kind: 'retry', message: describeFsError(error, where) };
        }
        if (outcome.kind === 'retry' || signal.aborted) stopped = true;
        return outcome;
      };
      // Before the roster entry is in the share, the first goes alone: it writes the entry, which the others then find written.
      const alone = rosterWritten ? 0 : 1;
      const first = await Promise.all(items.slice(0, alone).map(one));
      const writing = limited(WRITES_AT_ONCE);
      const rest = await Promise.all(items.slice(alone).map((item) => writing(() => one(item))));
      for (const dir of unflushed) await fsyncDirectory(dir);
      const outcomes = [...first, ...rest];
      const untried = outcomes.indexOf(null);
      return (untried < 0 ? outcomes : outcomes.slice(0, untried)) as DeliveryOutcome[];
    },
  };
}
