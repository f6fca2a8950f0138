import type { ApiHandlers } from '../../../shared/api';
import type { syncApi } from '../../../shared/api/sync';
import type { BackoffPolicy } from '../../../shared/sync/backoff';
import type { ServiceContext } from '../context';
import type { Repositories } from '../repositories';
import type { DeliveryTarget } from './delivery';
import { createMediaSource, type MediaSource } from './export/media-source';
import { DEFAULT_MAX_IMPORT_BYTES } from './folder/import';
import { createImporter } from './folder/importer';
import { importHandlers } from './handlers/imports';
import { settingsHandlers } from './handlers/settings';
import { statusHandlers } from './handlers/status';
import { targetsHandlers } from './handlers/targets';
import { backfillTarget } from './outbox/backfill';
import { createDrainer } from './outbox/drainer';
import { createEnqueueHook } from './outbox/enqueue';
import type { SyncParts } from './parts';
import { createSyncSettings } from './settings';
import { createDocumentsStore } from './store/documents';
import { createImportRunsStore } from './store/import-runs';
import { createImportedStore } from './store/imported';
import { createOutboxStore } from './store/outbox';
import { createShareFilesStore } from './store/share-files';
import { createTargetsStore, type StoredTarget } from './store/targets';
import { deliveryTargetFor, forgetTargetSecrets } from './targets/resolve';

export interface SyncEngineOptions {
  /** Test seam: which DeliveryTarget serves a target (default: by its config kind). */
  deliveryTargetFor?: (target: StoredTarget, ctx: ServiceContext) => DeliveryTarget;
  backoff?: BackoffPolicy;
  random?: () => number;
  media?: MediaSource;
  maxImportBytes?: number;
}

export interface SyncEngine {
  handlers: Pick<ApiHandlers, keyof typeof syncApi>;
  /** Resolves when no delivery, import or backfill is running and nothing due is waiting to start. */
  whenIdle(): Promise<void>;
  close(): Promise<void>;
}

/** Builds the sync feature on a service context: stores, drainer, importer, the completion hook and the API. */
export function createSyncEngine(ctx: ServiceContext, repos: Repositories, options: SyncEngineOptions = {}): SyncEngine {
  const { db } = ctx;
  const settings = createSyncSettings(ctx, repos);
  const targets = createTargetsStore(db);
  const documents = createDocumentsStore(db);
  const outbox = createOutboxStore(db);
  const shareFiles = createShareFilesStore(db);
  const imported = createImportedStore(db);
  const importRuns = createImportRunsStore(db);
  const media = options.media ?? createMediaSource(db);
  const resolve = options.deliveryTargetFor ?? deliveryTargetFor;

  const drainer = createDrainer({
    db,
    outbox,
    documents,
    targets,
    now: ctx.now,
    deliveryTargetFor: (t) => resolve(t, ctx),
    ...(options.backoff ? { backoff: options.backoff } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  const isLocal = db.prepare<[string], { n: number }>('SELECT 1 AS n FROM scorecards WHERE id = ?');
  const importer = createImporter(
    {
      db,
      shareFiles,
      imported,
      now: ctx.now,
      installId: settings.installId(),
      isOwnScorecard: (id) => isLocal.get(id) !== undefined,
      maxFileBytes: options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES,
    },
    targets,
    importRuns,
    () => settings.get().importEveryMinutes,
  );

  const backfills = new Set<Promise<unknown>>();
  const stopBackfills = new AbortController();
  const parts: SyncParts = {
    ctx,
    repos,
    media,
    settings,
    targets,
    documents,
    outbox,
    shareFiles,
    imported,
    importRuns,
    drainer,
    importer,
    backfill(targetId) {
      const run = backfillTarget({ ...parts, ctx, repos }, targetId, stopBackfills.signal)
        .catch((error: unknown) => console.error('callmark: queueing earlier scorecards failed', error))
        .finally(() => backfills.delete(run));
      backfills.add(run);
    },
    forgetSecrets: (target) => forgetTargetSecrets(ctx, target),
  };

  ctx.onCompleted.push(createEnqueueHook(parts));
  // Rows left pending by the last run (a crash, a quit mid-drain) are picked up now.
  drainer.wakeSoon(outbox.targetsWithPending());
  importer.start();

  return {
    handlers: { ...targetsHandlers(parts), ...statusHandlers(parts), ...importHandlers(parts), ...settingsHandlers(parts) },
    async whenIdle() {
      for (;;) {
        await Promise.allSettled([...backfills]);
        await importer.whenIdle();
        await drainer.whenIdle();
        if (!backfills.size) return;
      }
    },
    async close() {
      stopBackfills.abort();
      await Promise.allSettled([...backfills]);
      await importer.close();
      await drainer.close();
    },
  };
}
