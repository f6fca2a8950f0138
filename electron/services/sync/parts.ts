import type { ServiceContext } from '../context';
import type { Repositories } from '../repositories';
import type { MediaSource } from './export/media-source';
import type { Importer } from './folder/importer';
import type { Drainer } from './outbox/drainer';
import type { SyncSettingsStore } from './settings';
import type { DocumentsStore } from './store/documents';
import type { ImportRunsStore } from './store/import-runs';
import type { ImportedStore } from './store/imported';
import type { OutboxStore } from './store/outbox';
import type { ShareFilesStore } from './store/share-files';
import type { StoredTarget, TargetsStore } from './store/targets';

/** Everything the sync handlers work with, built once by the engine. */
export interface SyncParts {
  ctx: ServiceContext;
  repos: Repositories;
  media: MediaSource;
  settings: SyncSettingsStore;
  targets: TargetsStore;
  documents: DocumentsStore;
  outbox: OutboxStore;
  shareFiles: ShareFilesStore;
  imported: ImportedStore;
  importRuns: ImportRunsStore;
  drainer: Drainer;
  importer: Importer;
  /** Queues earlier scorecards for a new target, in the background. */
  backfill(targetId: string): void;
  /** Called when a target is removed, so the secret store can forget a server's token. */
  forgetSecrets(target: StoredTarget): Promise<void>;
}
