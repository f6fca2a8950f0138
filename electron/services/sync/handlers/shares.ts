import { ApiError, type ApiHandlers } from '../../../../shared/api';
import { MARKER_FILE } from '../../../../shared/sync/layout';
import { currentReviewer } from '../../settings/reviewer';
import type { OutgoingItem } from '../delivery';
import { createMarker, readMarker } from '../folder/marker';
import { ownFilesFound } from '../folder/recovery';
import type { SyncParts } from '../parts';
import type { StoredTarget } from '../store/targets';

type Methods = 'sync.targets.restoreMarker' | 'sync.targets.adoptShare';

/** Sent files looked for before a marker is written again: one found is proof, none of these many is not. */
const PROOF_SAMPLE = 20;

/**
 * Getting a shared folder going again (issue 12), the two ways a share breaks
 * for good: its marker deleted, or replaced by another share's. Each says
 * what it did, and refuses (saying why and what to do) when the folder does
 * not prove it is the share.
 */
export function sharesHandlers(p: SyncParts): Pick<ApiHandlers, Methods> {
  const requireFolder = (id: string): StoredTarget & { config: { kind: 'folder'; path: string }; shareId: string } => {
    const target = p.targets.get(id);
    if (!target) throw new ApiError('not_found', 'That sync target no longer exists.');
    if (target.config.kind !== 'folder' || !target.shareId) throw new ApiError('invalid_input', `${target.name} is a server: it has no share to recover.`);
    return target as ReturnType<typeof requireFolder>;
  };
  const waiting = (targetId: string) => {
    const { pending, failed } = p.outbox.counts(targetId);
    return pending + failed;
  };

  return {
    'sync.targets.restoreMarker': async ({ targetId }) => {
      const target = requireFolder(targetId);
      const root = target.config.path;
      const marker = await readMarker(root);
      if (marker.kind === 'ok') {
        if (marker.marker.shareId === target.shareId) return { targetId, shareId: target.shareId, message: `${target.name}: its marker is in place; there is nothing to restore.` };
        throw new ApiError('conflict', `${root} holds another share's marker (set up by ${marker.marker.createdBy}): adopt that share instead of restoring yours.`);
      }
      if (marker.kind !== 'missing') throw new ApiError('conflict', marker.kind === 'invalid' ? `${marker.message} Move that file aside (keep a copy), then restore the marker.` : marker.message);
      const sent = p.outbox.lastSent(targetId, PROOF_SAMPLE).flatMap((ref) => p.documents.get(ref) ?? ([] as OutgoingItem[]));
      if ((await ownFilesFound(root, sent, p.kinds)) === 0) {
        throw new ApiError(
          'conflict',
          `${root} holds none of the files this computer sent to ${target.name}, so Callmark cannot tell it is the share: it may be the empty folder of a drive that is not connected. Connect the drive, or if this really is the share, remove ${target.name} and add the folder again.`,
        );
      }
      const written = await createMarker(root, {
        format: 'callmark.share',
        formatVersion: 1,
        shareId: target.shareId,
        createdAt: p.ctx.now(),
        createdBy: currentReviewer(p.repos)?.name ?? 'a Callmark user',
      });
      // Someone else put a marker there meanwhile: theirs stays, and it is theirs to explain.
      if (written.shareId !== target.shareId) throw new ApiError('conflict', `Another marker appeared in ${root} meanwhile (set up by ${written.createdBy}): adopt that share instead.`);
      // What waited out the missing marker goes now, as "retry now" sends it.
      p.outbox.retryNow(targetId, undefined, p.ctx.now());
      p.drainer.unblock(targetId);
      const count = waiting(targetId);
      return {
        targetId,
        shareId: target.shareId,
        message: `${target.name}: the marker ${MARKER_FILE} is back in ${root}.${count ? ` ${count} waiting ${count === 1 ? 'document is' : 'documents are'} sent now.` : ''}`,
      };
    },

    'sync.targets.adoptShare': async ({ targetId, shareId }) => {
      const target = requireFolder(targetId);
      const root = target.config.path;
      const marker = await readMarker(root);
      if (marker.kind !== 'ok') throw new ApiError('conflict', `${root} holds no share to adopt now: ${marker.kind === 'missing' ? 'its marker is missing' : marker.message}.`);
      if (marker.marker.shareId === target.shareId) return { targetId, shareId, message: `${target.name} already uses that share.` };
      if (marker.marker.shareId !== shareId) throw new ApiError('conflict', `${root} now holds yet another share (set up by ${marker.marker.createdBy}): check the folder again before adopting it.`);
      const other = p.targets.list().find((t) => t.id !== targetId && t.shareId === shareId);
      if (other) throw new ApiError('conflict', `That share is already the target ${other.name} on this computer: remove ${target.name} instead.`);
      // Nothing goes to the folder while the target changes share; then everything goes again, as one step.
      const release = await p.drainer.hold(targetId);
      let requeued = 0;
      try {
        p.ctx.db.transaction(() => {
          const latest = requireFolder(targetId);
          p.targets.update({ ...latest, shareId });
          requeued = p.outbox.requeueAll(targetId, p.ctx.now());
          p.backfiller.begin(targetId);
        })();
      } finally {
        release();
      }
      p.drainer.unblock(targetId);
      p.backfiller.run(targetId);
      const all = p.documents.count();
      return {
        targetId,
        shareId,
        message: `${target.name} now uses the share set up by ${marker.marker.createdBy}. All ${all} of your documents are being sent there${requeued ? ' again' : ''} (those already in the folder are found identical and left as they are); colleagues' documents are read at the next import.`,
      };
    },
  };
}
