import type { ApiHandlers, MethodName } from '../../shared/api';
import { agentsModule } from './agents';
import { calibrationModule } from './calibration';
import { coachingModule } from './coaching';
import { createContext, type ServiceContext } from './context';
import { csvModule } from './csv';
import { startCheckpointer } from './db/checkpointer';
import { openDatabase } from './db/open';
import { watchSlowStatements, type SlowStatementLog } from './db/slow-statements';
import { registerHooks } from './hooks';
import { mediaModule } from './media';
import type { ModuleFactory, ServiceModule } from './module';
import { createRepositories } from './repositories';
import { reportsModule } from './reports';
import { reviewsModule } from './reviews';
import { createFileSecretStore } from './secrets/file-store';
import type { SecretStore } from './secrets/store';
import { settingsModule } from './settings';
import { syncModule } from './sync';
import { serverSyncModule } from './sync/server';
import { templatesModule } from './templates';

/**
 * Every module of the backend, in the order they are built and closed. Hooks
 * do not depend on this order: they run by named phase (./hooks.ts).
 */
const MODULES = {
  settings: settingsModule,
  agents: agentsModule,
  templates: templatesModule,
  reviews: reviewsModule,
  media: mediaModule,
  sync: syncModule,
  serverSync: serverSyncModule,
  csv: csvModule,
  calibration: calibrationModule,
  reports: reportsModule,
  coaching: coachingModule,
};

type MethodsOf<F> = F extends (...args: never[]) => ServiceModule<infer M> ? M : never;
type OptionsOf<F> = F extends (ctx: never, repos: never, options: infer O) => unknown ? O : never;
/** Each module's options, by its name in MODULES. */
export type ModuleOptions = { [K in keyof typeof MODULES]?: OptionsOf<(typeof MODULES)[K]> };

// The compiler checks that the modules implement every API method: a missing one is named in the error here.
type Missing = Exclude<MethodName, MethodsOf<(typeof MODULES)[keyof typeof MODULES]>>;
const everyMethodImplemented: [Missing] extends [never] ? true : Missing = true;
void everyMethodImplemented;

export interface ServiceOptions {
  dataFolder: string;
  /** Injectable for tests; defaults to the wall clock. */
  clock?: () => Date;
  /** The OS keychain in Electron; a private file in the data folder otherwise. */
  secrets?: SecretStore;
  /** Prefix of recording playback URLs: callmark-media://recording/ in Electron; the host's /media/ by default. */
  mediaUrlBase?: string;
  /** Where statements slower than 40 ms are reported (default: console.warn); see db/slow-statements.ts. */
  slowStatements?: SlowStatementLog;
  /** Options of single modules: test seams (fake delivery targets, a fast back-off, a test-only document kind). */
  modules?: ModuleOptions;
}

export interface CallmarkService {
  handlers: ApiHandlers;
  context: ServiceContext;
  databasePath: string;
  /** Resolves when no module has background work running or due (deliveries, imports): tests await this instead of sleeping. */
  whenIdle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The whole backend in plain Node: the same object serves Electron's utility
 * process and the browser host. Every API method is implemented by one module
 * of MODULES; the transports only carry calls to it through `dispatch`.
 */
export function createCallmarkService(options: ServiceOptions): CallmarkService {
  const opened = openDatabase(options.dataFolder, options.clock);
  watchSlowStatements(opened.db, options.slowStatements ? { log: options.slowStatements } : {});
  const checkpointer = startCheckpointer(opened.db, opened.path);
  const ctx = createContext({
    db: opened.db,
    dataFolder: options.dataFolder,
    database: { path: opened.path, recoveredFrom: opened.recoveredFrom },
    secrets: options.secrets ?? createFileSecretStore(options.dataFolder),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const repos = createRepositories(opened.db);
  const moduleOptions: Required<ModuleOptions> = {
    settings: {},
    agents: {},
    templates: {},
    reviews: {},
    media: { urlBase: options.mediaUrlBase, ...options.modules?.media },
    sync: { ...options.modules?.sync },
    serverSync: { ...options.modules?.serverSync },
    csv: {},
    calibration: {},
    reports: { ...options.modules?.reports },
    coaching: {},
  };

  const modules: ServiceModule<MethodName>[] = [];
  const handlers: Partial<Record<MethodName, unknown>> = {};
  // Last built, first closed: background work (sync) stops before what it uses; the database closes last.
  const close = async () => {
    for (const m of [...modules].reverse()) if (m.close) await m.close();
    await checkpointer?.stop();
    opened.close();
  };
  try {
    for (const [name, factory] of Object.entries(MODULES) as [keyof typeof MODULES, ModuleFactory<MethodName, object>][]) {
      const module = factory(ctx, repos, moduleOptions[name]);
      modules.push(module);
      for (const method of Object.keys(module.handlers) as MethodName[]) {
        if (handlers[method]) throw new Error(`The API method ${method} is implemented twice (again by the ${name} module).`);
        handlers[method] = module.handlers[method];
      }
      registerHooks(ctx.hooks, module.hooks);
    }
  } catch (error) {
    // A module that cannot start must not leave the others running on an open database.
    void close();
    throw error;
  }

  return {
    handlers: handlers as ApiHandlers,
    context: ctx,
    databasePath: opened.path,
    async whenIdle() {
      for (const m of modules) await m.whenIdle?.();
    },
    close,
  };
}
