import type { syncApi } from '../../../shared/api/sync';
import type { BackoffPolicy } from '../../../shared/sync/backoff';
import { createKindRegistry, DOCUMENT_KINDS, type AnyDocumentKind } from '../../../shared/sync/kinds';
import type { ModuleFactory } from '../module';
import type { DeliveryTarget } from './delivery';
import { createMediaSource, type MediaSource } from './export/media-source';
import { importHandlers } from './handlers/imports';
import { settingsHandlers } from './handlers/settings';
import { statusHandlers } from './handlers/status';
import { targetsHandlers } from './handlers/targets';
import { createImporter } from './import/importer';
import { DEFAULT_MAX_IMPORT_BYTES } from './import/run';
import type { ImportSource } from './import/source';
import { DOCUMENT_BUILDERS, type DocumentBuilderFactory } from './kinds';
import { scorecardProjection } from './kinds/scorecard';
import { backfillTarget } from './outbox/backfill';
import { createDrainer } from './outbox/drainer';
import { createEnqueueHook, type EnqueueDeps } from './outbox/enqueue';
import type { SyncParts } from './parts';
import { createSyncSettings } from './settings';
import { createDocumentsStore } from './store/documents';
import { createImportCursorsStore } from './store/import-cursors';
import { createImportEntriesStore } from './store/import-entries';
import { createImportRunsStore } from './store/import-runs';
import { createImportedDocumentsStore } from './store/imported-documents';
import { createImportedScorecardsStore } from './store/imported-scorecards';
import { createOutboxStore } from './store/outbox';
import { createTargetsStore, type StoredTarget } from './store/targets';
import { deliveryTargetFor, forgetTargetSecrets, importSourceFor, type TargetEnvironment } from './targets/resolve';

export interface SyncOptions {
  /** The kinds this install syncs (default: shared/sync/kinds DOCUMENT_KINDS). Tests add test-only kinds. */
  kinds?: readonly AnyDocumentKind[];
  /** How this install builds the documents it writes, one per kind (default: ./kinds DOCUMENT_BUILDERS). */
  builders?: readonly DocumentBuilderFactory[];
  /** Test seam: which DeliveryTarget serves a target (default: by its config kind). */
  deliveryTargetFor?: (target: StoredTarget) => DeliveryTarget;
  /** Test seam: where a target is read back from (default: shared folders; null for servers). */
  importSourceFor?: (target: StoredTarget) => ImportSource | null;
  backoff?: BackoffPolicy;
  random?: () => number;
  media?: MediaSource;
  maxImportBytes?: number;
}

/**
 * Sync (issue 4, reshaped by issue 15): documents of every registered kind
 * are frozen when completed and sent through the outbox to every target;
 * targets that are also sources (shared folders) are read back for
 * colleagues' documents. See docs/architecture.md.
 */
export const syncModule: ModuleFactory<keyof typeof syncApi, SyncOptions> = (ctx, repos, options) => {
  const { db } = ctx;
  const kinds = createKindRegistry(options.kinds ?? DOCUMENT_KINDS);
  const settings = createSyncSettings(ctx, repos);
  const media = options.media ?? createMediaSource(db);
  const builders = new Map(
    (options.builders ?? DOCUMENT_BUILDERS).map((factory) => {
      const builder = factory({ ctx, repos, settings, media });
      if (!kinds.has(builder.kind)) throw new Error(`A builder for "${builder.kind}", a document kind this install does not sync.`);
      return [builder.kind, builder] as const;
    }),
  );
  const targets = createTargetsStore(db);
  const documents = createDocumentsStore(db);
  const outbox = createOutboxStore(db);
  const importEntries = createImportEntriesStore(db);
  const importedDocuments = createImportedDocumentsStore(db);
  const importedScorecards = createImportedScorecardsStore(db);
  const importRuns = createImportRunsStore(db);
  const env: TargetEnvironment = { ctx, kinds };
  const sourceFor = options.importSourceFor ?? ((target: StoredTarget) => importSourceFor(target, env));

  const drainer = createDrainer({
    db,
    outbox,
    documents,
    targets,
    now: ctx.now,
    deliveryTargetFor: options.deliveryTargetFor ?? ((target) => deliveryTargetFor(target, env)),
    ...(options.backoff ? { backoff: options.backoff } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  const importer = createImporter({
    run: {
      db,
      kinds,
      entries: importEntries,
      imported: importedDocuments,
      cursors: createImportCursorsStore(db),
      wroteHere: documents.isWrittenHere,
      hooks: ctx.hooks.imported,
      installId: settings.installId(),
      now: ctx.now,
      maxFileBytes: options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES,
    },
    targets,
    runs: importRuns,
    imported: importedDocuments,
    sourceFor,
    everyMinutes: () => settings.get().importEveryMinutes,
  });

  const enqueueDeps: EnqueueDeps = { kinds, builders, installId: settings.installId, now: ctx.now, targets, documents, outbox, drainer };
  const backfills = new Set<Promise<unknown>>();
  const stopBackfills = new AbortController();
  const parts: SyncParts = {
    ctx,
    repos,
    kinds,
    media,
    settings,
    targets,
    documents,
    outbox,
    importEntries,
    importedDocuments,
    importedScorecards,
    importRuns,
    drainer,
    importer,
    importSourceFor: sourceFor,
    backfill(targetId) {
      const run = backfillTarget({ ...enqueueDeps, db }, targetId, stopBackfills.signal)
        .catch((error: unknown) => console.error('callmark: queueing earlier documents failed', error))
        .finally(() => backfills.delete(run));
      backfills.add(run);
    },
    forgetSecrets: (target) => forgetTargetSecrets(ctx, target),
  };

  // Rows left pending by the last run (a crash, a quit mid-drain) are picked up now.
  drainer.wakeSoon(outbox.targetsWithPending());
  importer.start();

  return {
    handlers: { ...targetsHandlers(parts), ...statusHandlers(parts), ...importHandlers(parts), ...settingsHandlers(parts) },
    hooks: {
      completed: { freeze: createEnqueueHook(enqueueDeps) },
      imported: { project: scorecardProjection(importedScorecards) },
    },
    async whenIdle() {
      for (;;) {
        await Promise.allSettled([...backfills]);
        await importer.whenIdle();
        await drainer.whenIdle();
        if (!backfills.size) return;
      }
    },
    async close() {
      // Everything stops at once, before the first await, so nothing new starts; then the work in flight is awaited.
      stopBackfills.abort();
      await Promise.all([Promise.allSettled([...backfills]), importer.close(), drainer.close()]);
    },
  };
};
