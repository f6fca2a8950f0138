import type { z } from 'zod';
import { settingsApi } from './settings';
import { agentsApi } from './agents';
import { templatesApi } from './templates';
import { reviewsApi } from './reviews';
import { mediaApi } from './media';
import { syncApi } from './sync';
import { serverSyncApi } from './server-sync';
import { calibrationApi } from './calibration';
import { reportsApi } from './reports';
import { surveysApi } from './surveys';
import { coachingApi } from './coaching';
import { printApi } from './print';

/**
 * The whole API between renderer and backend, declared once. Both transports
 * (Electron IPC and the browser host's HTTP bridge) register exactly these
 * names, and validate inputs with these schemas on the receiving side.
 */
export const api = {
  ...settingsApi,
  ...agentsApi,
  ...templatesApi,
  ...reviewsApi,
  ...mediaApi,
  ...syncApi,
  ...serverSyncApi,
  ...calibrationApi,
  ...reportsApi,
  ...surveysApi,
  ...coachingApi,
  ...printApi,
};

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

/** What the renderer calls: one async function per method, whatever carries it. */
export type ApiClient = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

/** What the backend implements: parsed input in, plain output back. */
export type ApiHandlers = { [M in MethodName]: (input: MethodParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

export { ApiError, describeZodError, type Envelope, type ApiErrorBody } from './errors';
