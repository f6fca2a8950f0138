import type { serverSyncApi } from '../../../../shared/api/server-sync';
import type { ModuleFactory } from '../../module';
import { serverSyncHandlers, type ServerSyncOptions } from './handlers';

/** Server target tokens and the connection test (issue 4, part B). The target itself is ./target.ts, driven by the outbox. */
export const serverSyncModule: ModuleFactory<Exclude<keyof typeof serverSyncApi, 'export.csv'>, ServerSyncOptions> = (ctx, _repos, options) => ({
  handlers: serverSyncHandlers(ctx, options),
});

export type { ServerSyncOptions } from './handlers';
export { createServerSource } from './pull-source';
export { createServerTarget } from './target';
export { serverTokenKey, serverTokenReader } from './token';
