import type { ApiHandlers, MethodName } from '../../shared/api';
import type { ServiceContext } from './context';
import type { ModuleHooks } from './hooks';
import type { Repositories } from './repositories';

/**
 * One feature of the backend, in the one shape every module has: the API
 * methods it implements, the hooks it hangs (by named phase), and, when it
 * works in the background, how to wait for that work and stop it.
 */
export interface ServiceModule<M extends MethodName> {
  handlers: Pick<ApiHandlers, M>;
  hooks?: ModuleHooks;
  /** Resolves when its background work (deliveries, imports) is done: tests await it instead of sleeping. */
  whenIdle?(): Promise<void>;
  /** What it must stop or flush before the database closes. */
  close?(): void | Promise<void>;
}

/**
 * Every module is made the same way, from the shared context, the
 * repositories and its own options (test seams and transport choices, all
 * passable from `createCallmarkService`).
 */
export type ModuleFactory<M extends MethodName, Options = object> = (ctx: ServiceContext, repos: Repositories, options: Options) => ServiceModule<M>;
