import path from 'node:path';
import type { ShareRecovery } from '../../../../shared/api/sync-shares';
import type { KindRegistry } from '../../../../shared/sync/kinds';
import { MARKER_FILE } from '../../../../shared/sync/layout';
import type { OutgoingItem } from '../delivery';
import type { MarkerState } from './marker';
import { readCapped } from './read-capped';

/**
 * What a folder target whose marker is not right can become again, decided
 * from what is in the folder. A missing marker alone must never be "fixed"
 * by writing a new one: a disconnected network drive shows up as an empty
 * folder (joplin 961, 4223, 6304), and a marker written there would make it
 * look like the share. Only the files this computer itself sent there prove
 * the folder is the share.
 */
export async function recoveryOf(root: string, shareId: string, marker: MarkerState, sent: () => OutgoingItem[], kinds: KindRegistry): Promise<ShareRecovery | null> {
  switch (marker.kind) {
    case 'ok': {
      if (marker.marker.shareId === shareId) return null;
      const { createdBy, createdAt } = marker.marker;
      return {
        action: 'adopt_share',
        share: marker.marker,
        message: `${root} now holds another Callmark share, set up by ${createdBy} on ${createdAt.slice(0, 10)}. That happens when two computers set up the same synced folder at about the same time: the other one's marker won. Adopt it to send all your documents there again and read your colleagues' back.`,
      };
    }
    case 'missing': {
      const items = sent();
      if (!items.length) {
        return {
          action: 'none',
          share: null,
          message: `${root} has no marker file, and nothing was sent there yet that would show it is the share. If its drive is not connected, connect it; if the marker was deleted, remove this target and add the folder again.`,
        };
      }
      const own = await ownFilesFound(root, items, kinds);
      if (own > 0) {
        return {
          action: 'restore_marker',
          share: null,
          message: `The marker file ${MARKER_FILE} is missing from ${root}, but the folder still holds the files this computer sent there: it is your share, and its marker was deleted (by a person or a sync client). Restore the marker to carry on.`,
        };
      }
      return {
        action: 'none',
        share: null,
        message: `${root} has no marker file and none of the files this computer sent there: the drive or network share is probably not connected, and an empty folder stands in its place. Connect it; your documents stay queued until then.`,
      };
    }
    case 'invalid':
      return { action: 'none', share: null, message: `${marker.message} Move that file aside (keep a copy), then restore the marker here.` };
    case 'unreachable':
      return { action: 'none', share: null, message: marker.message };
  }
}

/** How many of `items` are in the folder, byte for byte as this computer wrote them. */
export async function ownFilesFound(root: string, items: readonly OutgoingItem[], kinds: KindRegistry): Promise<number> {
  let found = 0;
  for (const item of items) {
    if (!kinds.has(item.kind)) continue;
    const file = path.join(root, kinds.get(item.kind).folder, ...item.relativePath.split('/'));
    const bytes = Buffer.from(item.body, 'utf8');
    const read = await readCapped(file, bytes.length).catch(() => null);
    if (read?.kind === 'read' && read.bytes.equals(bytes)) found += 1;
  }
  return found;
}
