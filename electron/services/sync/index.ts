import type { syncApi } from '../../../shared/api/sync';
import type { ServiceContext } from '../context';
import type { ModuleFactory } from '../module';
import { createSyncEngine, type SyncEngine } from './engine';

const engines = new WeakMap<ServiceContext, SyncEngine>();

/** Outbox, shared folder and import (issue 4). The server target plugs in through ./targets/resolve.ts. */
export const createSyncModule: ModuleFactory<keyof typeof syncApi> = (ctx, repos) => {
  const engine = createSyncEngine(ctx, repos);
  engines.set(ctx, engine);
  return { handlers: engine.handlers, close: () => engine.close() };
};

/**
 * The sync engine of a running service, for tests and benches that must wait
 * for background work instead of sleeping: `syncEngineOf(service.context).whenIdle()`.
 */
export function syncEngineOf(ctx: ServiceContext): SyncEngine {
  const engine = engines.get(ctx);
  if (!engine) throw new Error('This service has no sync engine.');
  return engine;
}
