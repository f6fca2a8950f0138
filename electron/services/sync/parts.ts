import type { KindRegistry } from '../../../shared/sync/kinds';
import type { ServiceContext } from '../context';
import type { Repositories } from '../repositories';
import type { MediaSource } from './export/media-source';
import type { Importer } from './import/importer';
import type { ImportSource } from './import/source';
import type { Backfiller } from './outbox/backfill';
import type { Drainer } from './outbox/drainer';
import type { InstallKeyring } from './signing/install-key';
import type { SyncSettingsStore } from './settings';
import type { DocumentsStore } from './store/documents';
import type { ImportEntriesStore } from './store/import-entries';
import type { ImportRunsStore } from './store/import-runs';
import type { ImportedDocumentsStore } from './store/imported-documents';
import type { ImportedScorecardsStore } from './store/imported-scorecards';
import type { InstallKeysStore } from './store/install-keys';
import type { OutboxStore } from './store/outbox';
import type { StoredTarget, TargetsStore } from './store/targets';

/** Everything the sync handlers work with, built once by the module (./index.ts). */
export interface SyncParts {
  ctx: ServiceContext;
  repos: Repositories;
  kinds: KindRegistry;
  media: MediaSource;
  settings: SyncSettingsStore;
  targets: TargetsStore;
  documents: DocumentsStore;
  outbox: OutboxStore;
  importEntries: ImportEntriesStore;
  importedDocuments: ImportedDocumentsStore;
  importedScorecards: ImportedScorecardsStore;
  importRuns: ImportRunsStore;
  drainer: Drainer;
  importer: Importer;
  /** Where a target is read back from; null when it is not (a server, today). */
  importSourceFor(target: StoredTarget): ImportSource | null;
  /** "Send existing": durable, resumed at start. */
  backfiller: Backfiller;
  keyring: InstallKeyring;
  installKeys: InstallKeysStore;
  /** Called when a target is removed, so the secret store can forget a server's token. */
  forgetSecrets(target: StoredTarget): Promise<void>;
}
