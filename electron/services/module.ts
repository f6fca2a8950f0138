import type { ApiHandlers, MethodName } from '../../shared/api';
import type { ServiceContext } from './context';
import type { Repositories } from './repositories';

/**
 * A feature of the backend (media, sync): the API methods it implements, and
 * what it must stop or flush when the service closes.
 */
export interface ServiceModule<M extends MethodName> {
  handlers: Pick<ApiHandlers, M>;
  close?(): void | Promise<void>;
}

export type ModuleFactory<M extends MethodName> = (ctx: ServiceContext, repos: Repositories) => ServiceModule<M>;
