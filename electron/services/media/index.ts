import type { mediaApi } from '../../../shared/api/media';
import type { ModuleFactory } from '../module';

/** Recordings, playback and notes (issue 3). */
export const createMediaModule: ModuleFactory<keyof typeof mediaApi> = () => ({ handlers: {} });
