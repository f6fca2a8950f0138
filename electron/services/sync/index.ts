import type { syncApi } from '../../../shared/api/sync';
import type { ModuleFactory } from '../module';

/** Outbox, shared folder, server and CSV export (issue 4). */
export const createSyncModule: ModuleFactory<keyof typeof syncApi> = () => ({ handlers: {} });
