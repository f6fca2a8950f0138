import type { serverSyncApi } from '../../../../shared/api/server-sync';
import type { ModuleFactory } from '../../module';

/** Server target secrets and CSV export (issue 4). */
export const createServerSyncModule: ModuleFactory<keyof typeof serverSyncApi> = () => ({ handlers: {} });
