import type { ApiHandlers } from '../../shared/api';
import { createContext, type ServiceContext } from './context';
import { openDatabase } from './db/open';
import { agentsHandlers } from './handlers/agents';
import { reviewsHandlers } from './handlers/reviews';
import { settingsHandlers } from './handlers/settings';
import { templatesHandlers } from './handlers/templates';
import { createRepositories } from './repositories';
import { ensureBuiltinTemplate } from './templates/builtin-seed';
import { appVersion } from '../config/app-version';
import { createMediaModule } from './media';
import { createSyncModule } from './sync';
import { createServerSyncModule } from './sync/server';
import { createFileSecretStore } from './secrets/file-store';
import type { SecretStore } from './secrets/store';

export interface ServiceOptions {
  dataFolder: string;
  /** Injectable for tests; defaults to the wall clock. */
  clock?: () => Date;
  /** The OS keychain in Electron; a private file in the data folder otherwise. */
  secrets?: SecretStore;
  /** Prefix of recording playback URLs: callmark-media://recording/ in Electron; the host's /media/ by default. */
  mediaUrlBase?: string;
}

export interface CallmarkService {
  handlers: ApiHandlers;
  context: ServiceContext;
  databasePath: string;
  close(): Promise<void>;
}

/**
 * The whole backend in plain Node: the same object serves Electron's utility
 * process and the browser host. Every API method is implemented here; the
 * transports only carry calls to it through `dispatch`.
 */
export function createCallmarkService(options: ServiceOptions): CallmarkService {
  const opened = openDatabase(options.dataFolder, options.clock);
  const ctx = createContext(opened.db, options.dataFolder, options.secrets ?? createFileSecretStore(options.dataFolder), options.clock);
  const repos = createRepositories(opened.db);
  ensureBuiltinTemplate(ctx, repos);
  const facts = { dataFolder: options.dataFolder, databasePath: opened.path, recoveredFrom: opened.recoveredFrom, version: appVersion };
  const media = createMediaModule(ctx, repos, { urlBase: options.mediaUrlBase });
  const sync = createSyncModule(ctx, repos);
  const serverSync = createServerSyncModule(ctx, repos);
  const handlers: ApiHandlers = {
    ...settingsHandlers(ctx, repos, facts),
    ...agentsHandlers(ctx, repos),
    ...templatesHandlers(repos),
    ...reviewsHandlers(ctx, repos),
    ...media.handlers,
    ...sync.handlers,
    ...serverSync.handlers,
  };
  const close = async () => {
    for (const m of [media, sync, serverSync]) await m.close?.();
    opened.close();
  };
  return { handlers, context: ctx, databasePath: opened.path, close };
}
