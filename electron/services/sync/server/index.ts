import type { serverSyncApi } from '../../../../shared/api/server-sync';
import type { ModuleFactory } from '../../module';
import { serverSyncHandlers } from './handlers';

/** Server target tokens, the connection test and CSV export (issue 4, part B). The target itself is ./target.ts, driven by the outbox. */
export const createServerSyncModule: ModuleFactory<keyof typeof serverSyncApi> = (ctx, repos) => ({ handlers: serverSyncHandlers(ctx, repos) });

export { createServerTarget } from './target';
export { serverTokenKey, serverTokenReader } from './token';
