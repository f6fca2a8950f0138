import path from 'node:path';
import { ApiError, type ApiHandlers } from '../../../../shared/api';
import type { FolderInspection } from '../../../../shared/api/sync';
import { serverOrigin } from '../../../../shared/schemas/server-target';
import type { SyncTargetConfig } from '../../../../shared/schemas/sync-target';
import { SecretStoreError } from '../../secrets/store';
import { currentReviewer } from '../../settings/reviewer';
import { inspectFolder } from '../folder/inspect';
import { createMarker } from '../folder/marker';
import type { SyncParts } from '../parts';
import { serverTokenKey } from '../server/token';
import type { StoredTarget } from '../store/targets';
import { folderPathOf, targetConfigOf } from './folder-choice';
import { toTargetView } from './target-view';

type Methods = 'sync.targets.list' | 'sync.targets.chooseFolder' | 'sync.targets.inspectFolder' | 'sync.targets.add' | 'sync.targets.update' | 'sync.targets.remove';

/** Absolute and normalised, so one folder is recognised whatever way it was typed. */
const normalise = (config: SyncTargetConfig): SyncTargetConfig => (config.kind === 'folder' ? { ...config, path: path.resolve(config.path) } : config);

/** A secret store's problem as a message for the page: it names the file or keychain and what to do, never a secret. */
async function secretsCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SecretStoreError) throw new ApiError(error.problem === 'unavailable' ? 'conflict' : 'internal', error.message);
    throw error;
  }
}

function tokenClearedNotice(before: SyncTargetConfig, after: SyncTargetConfig): string {
  const host = (config: SyncTargetConfig) => (config.kind === 'server' ? new URL(config.url).host : config.path);
  return `The saved token was removed: it was given for ${host(before)}, and ${host(after)} is another server. Set the token for ${host(after)} before anything is sent there.`;
}

export function targetsHandlers(p: SyncParts): Pick<ApiHandlers, Methods> {
  const requireTarget = (id: string): StoredTarget => {
    const t = p.targets.get(id);
    if (!t) throw new ApiError('not_found', 'That sync target no longer exists.');
    return t;
  };

  const inspect = async (folder: string): Promise<FolderInspection> => {
    const found = await inspectFolder(folder);
    const existing = found.share ? p.targets.list().find((t) => t.shareId === found.share?.shareId) : undefined;
    return { ...found, existingTargetId: existing?.id ?? null };
  };

  /** The share id a new folder target will use: a new share in an empty folder, or the adopted one. */
  async function shareIdFor(folder: string, adoptShareId: string | undefined): Promise<string> {
    const found = await inspect(folder);
    if (found.existingTargetId) throw new ApiError('conflict', `This share is already a target on this computer (${p.targets.get(found.existingTargetId)?.name}).`);
    if (found.state === 'share') {
      if (adoptShareId !== found.share!.shareId) {
        throw new ApiError('conflict', `${found.message} Confirm to adopt it.`, { share: found.share });
      }
      return found.share!.shareId;
    }
    if (found.state !== 'empty') throw new ApiError('invalid_input', found.message);
    if (adoptShareId) throw new ApiError('conflict', `${folder} holds no share to adopt: it is empty. Add it without adopting to set up a new share.`);
    const marker = await createMarker(folder, {
      format: 'callmark.share',
      formatVersion: 1,
      shareId: p.ctx.newId(),
      createdAt: p.ctx.now(),
      createdBy: currentReviewer(p.repos)?.name ?? 'a Callmark user',
    });
    return marker.shareId;
  }

  return {
    'sync.targets.list': () => p.targets.list().map(toTargetView),

    'sync.targets.chooseFolder': () => {
      throw new ApiError('conflict', 'Choosing a folder with a dialog needs the desktop app. In the browser host, type the folder’s full path.');
    },

    'sync.targets.inspectFolder': (choice) => inspect(path.resolve(folderPathOf(choice))),

    'sync.targets.add': async ({ name, config: raw, adoptShareId, sendExisting }) => {
      const config = normalise(targetConfigOf(raw));
      const shareId = config.kind === 'folder' ? await shareIdFor(config.path, adoptShareId) : null;
      const target = { id: p.ctx.newId(), name, config, enabled: true, createdAt: p.ctx.now(), shareId };
      // The target and its "send existing" job are one step: a quit right after adding still sends everything.
      p.ctx.db.transaction(() => {
        p.targets.insert(target);
        if (sendExisting) p.backfiller.begin(target.id);
      })();
      if (sendExisting) p.backfiller.run(target.id);
      return toTargetView(requireTarget(target.id));
    },

    'sync.targets.update': async ({ targetId, name, enabled, config: raw, token }) => {
      const current = requireTarget(targetId);
      let config = current.config;
      if (raw) {
        const next = normalise(targetConfigOf(raw));
        if (next.kind !== current.config.kind) throw new ApiError('invalid_input', 'A target cannot change kind: add a new target instead.');
        if (next.kind === 'folder' && current.config.kind === 'folder' && next.path !== current.config.path) {
          // Only the same share may be found elsewhere (a remapped drive letter, a moved mount point).
          const found = await inspect(next.path);
          if (found.state !== 'share' || found.share?.shareId !== current.shareId) {
            throw new ApiError('conflict', `${next.path} does not hold this target's share. To use another folder, add it as a new target.`);
          }
        }
        config = next;
      }
      if (token !== undefined && config.kind !== 'server') throw new ApiError('invalid_input', `${current.name} is a shared folder: it has no token.`);
      // The saved token was given for one server: it never goes to another origin, even for one attempt.
      const movesOrigin = current.config.kind === 'server' && config.kind === 'server' && serverOrigin(config.url) !== serverOrigin(current.config.url);
      const settingsChange = JSON.stringify(config) !== JSON.stringify(current.config) || token !== undefined;
      // Read again when written: a hold may have waited for a delivery, and the target may have changed (or gone) meanwhile.
      const apply = () => {
        const latest = requireTarget(targetId);
        p.targets.update({ ...latest, name: name ?? latest.name, enabled: enabled ?? latest.enabled, config });
      };

      let tokenCleared = false;
      if (!settingsChange) {
        apply();
      } else {
        // Nothing is sent to this target while its address and token change; the delivery in flight is stopped.
        const release = await p.drainer.hold(targetId);
        try {
          requireTarget(targetId);
          const key = serverTokenKey(targetId);
          if (token !== undefined) await secretsCall(() => p.ctx.secrets.set(key, token));
          else if (movesOrigin && (await secretsCall(() => p.ctx.secrets.get(key))) !== null) {
            await secretsCall(() => p.ctx.secrets.set(key, null));
            tokenCleared = true;
          }
          apply();
        } finally {
          release();
        }
      }
      if (enabled ?? current.enabled) p.drainer.unblock(targetId);
      const view = toTargetView(requireTarget(targetId));
      return { ...view, tokenCleared, notice: tokenCleared ? tokenClearedNotice(current.config, config) : null };
    },

    'sync.targets.remove': async ({ targetId }) => {
      const target = requireTarget(targetId);
      const counts = p.outbox.counts(targetId);
      p.ctx.db.transaction(() => {
        p.importedDocuments.detachTarget(targetId);
        p.targets.remove(targetId);
      })();
      p.drainer.forget(targetId);
      await p.forgetSecrets(target);
      return { removed: true as const, droppedItems: counts.pending + counts.failed };
    },
  };
}
