import type { syncApi } from '../../../shared/api/sync';
import type { BackoffPolicy } from '../../../shared/sync/backoff';
import { createKindRegistry, DOCUMENT_KINDS, type AnyDocumentKind } from '../../../shared/sync/kinds';
import { rosterKind } from '../../../shared/sync/roster';
import type { ModuleFactory } from '../module';
import type { DeliveryTarget } from './delivery';
import { createMediaSource, type MediaSource } from './export/media-source';
import { importHandlers } from './handlers/imports';
import { installsHandlers } from './handlers/installs';
import { settingsHandlers } from './handlers/settings';
import { sharesHandlers } from './handlers/shares';
import { statusHandlers } from './handlers/status';
import { targetsHandlers } from './handlers/targets';
import { createImporter } from './import/importer';
import { DEFAULT_MAX_IMPORT_BYTES } from './import/run';
import type { ImportSource } from './import/source';
import { DOCUMENT_BUILDERS, type DocumentBuilderFactory } from './kinds';
import { scorecardProjection } from './kinds/scorecard';
import { createBackfiller } from './outbox/backfill';
import { createDrainer } from './outbox/drainer';
import { createEnqueueHook, type EnqueueDeps } from './outbox/enqueue';
import { createSealer } from './outbox/seal';
import type { SyncParts } from './parts';
import { createSyncSettings } from './settings';
import { createVerifier } from './signing/ed25519';
import { createInstallKeyring } from './signing/install-key';
import { rosterEntryItem } from './signing/roster-entry';
import { createBackfillsStore } from './store/backfills';
import { createDocumentsStore } from './store/documents';
import { createImportCursorsStore } from './store/import-cursors';
import { createImportEntriesStore } from './store/import-entries';
import { createImportRunsStore } from './store/import-runs';
import { createImportedDocumentsStore } from './store/imported-documents';
import { createImportedScorecardsStore } from './store/imported-scorecards';
import { createInstallKeysStore } from './store/install-keys';
import { createOutboxStore } from './store/outbox';
import { createTargetsStore, type StoredTarget } from './store/targets';
import { currentReviewer } from '../settings/reviewer';
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
  /** Test seam: documents an import stores per transaction (default 1 000). */
  importBatch?: number;
}

/**
 * Sync (issue 4, reshaped by issue 15): documents of every registered kind
 * are frozen when completed and sent through the outbox to every target;
 * targets that are also sources (shared folders) are read back for
 * colleagues' documents. Every document is signed with this install's key,
 * and a share that broke can be recovered (issue 12). See docs/sync.md and
 * docs/architecture.md.
 */
export const syncModule: ModuleFactory<keyof typeof syncApi, SyncOptions> = (ctx, repos, options) => {
  const { db } = ctx;
  const kinds = createKindRegistry(options.kinds ?? DOCUMENT_KINDS);
  // What is read back: the roster first (keys before the documents they sign), then every kind this install syncs.
  const importKinds = createKindRegistry([rosterKind, ...kinds.all]);
  const settings = createSyncSettings(ctx, repos);
  const keyring = createInstallKeyring(ctx.secrets, repos.settings, ctx.now);
  // Read at start, so documents completed from now on are signed as they are frozen.
  keyring.ready().catch((error: unknown) => console.error('callmark: the signing key cannot be read yet', error));
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
  const installKeys = createInstallKeysStore(db);
  const rosterEntry = async () =>
    rosterEntryItem(
      await keyring.ready(),
      { installId: settings.installId(), reviewerName: () => currentReviewer(repos)?.name ?? '', unsignedDocuments: () => documents.legacyHashes() },
      repos.settings,
    );
  const env: TargetEnvironment = { ctx, kinds, importKinds, rosterEntry };
  const sourceFor = options.importSourceFor ?? ((target: StoredTarget) => importSourceFor(target, env));

  const drainer = createDrainer({
    db,
    outbox,
    documents,
    targets,
    now: ctx.now,
    deliveryTargetFor: options.deliveryTargetFor ?? ((target) => deliveryTargetFor(target, env)),
    seal: createSealer(documents, keyring, kinds),
    ...(options.backoff ? { backoff: options.backoff } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  const importer = createImporter({
    run: {
      db,
      kinds: importKinds,
      entries: importEntries,
      imported: importedDocuments,
      cursors: createImportCursorsStore(db),
      keys: installKeys,
      verify: createVerifier(),
      // A roster entry is named by its install: this install's own is the one with its id.
      writtenHere: (kind, ids) => (kind === rosterKind.kind ? new Set(ids.filter((id) => id === settings.installId())) : documents.writtenHereAmong(kind, ids)),
      hooks: ctx.hooks.imported,
      installId: settings.installId(),
      now: ctx.now,
      maxFileBytes: options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES,
      ...(options.importBatch ? { batch: options.importBatch } : {}),
    },
    targets,
    runs: importRuns,
    imported: importedDocuments,
    sourceFor,
    everyMinutes: () => settings.get().importEveryMinutes,
  });

  const enqueueDeps: EnqueueDeps = { kinds, builders, installId: settings.installId, now: ctx.now, targets, documents, outbox, drainer, keyring };
  const backfiller = createBackfiller({ ...enqueueDeps, db, backfills: createBackfillsStore(db) });
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
    backfiller,
    keyring,
    installKeys,
    forgetSecrets: (target) => forgetTargetSecrets(ctx, target),
  };

  // Rows left pending by the last run (a crash, a quit mid-drain) are picked up now, and so are unfinished backfills.
  drainer.wakeSoon(outbox.targetsWithPending());
  backfiller.resume();
  importer.start();

  return {
    handlers: {
      ...targetsHandlers(parts),
      ...sharesHandlers(parts),
      ...statusHandlers(parts),
      ...importHandlers(parts),
      ...installsHandlers(parts),
      ...settingsHandlers(parts),
    },
    hooks: {
      completed: { freeze: createEnqueueHook(enqueueDeps) },
      imported: { project: scorecardProjection(importedScorecards) },
    },
    async whenIdle() {
      await keyring.ready().catch(() => undefined);
      await backfiller.whenIdle();
      await importer.whenIdle();
      await drainer.whenIdle();
    },
    async close() {
      // Everything stops at once, before the first await, so nothing new starts; then the work in flight is awaited.
      await Promise.all([backfiller.close(), importer.close(), drainer.close()]);
    },
  };
};
