import type { mediaApi } from '../../../shared/api/media';
import type { ModuleFactory } from '../module';
import { createAgentChannelStore } from './agent-channel-store';
import { createCapabilities } from './capabilities';
import { clockHandlers } from './clock-handlers';
import { completionHook } from './completion';
import { createDecodeCache } from './decode-cache';
import type { MediaDeps } from './deps';
import { createNotesStore } from './notes-store';
import { noteHandlers } from './note-handlers';
import { createPeaksCache } from './peaks';
import { createPlaybackStore } from './playback-store';
import { recordingHandlers } from './recording-handlers';
import { createRecordingsStore } from './recordings-store';
import { servingHandlers } from './serving-handlers';

/** Playback URLs on the browser host: same origin as the page, served by electron/host/media-route.ts. */
export const HOST_MEDIA_URL_BASE = '/media/';
/** Playback URLs in Electron, served by electron/shell/media-protocol.ts. */
export const ELECTRON_MEDIA_URL_BASE = 'callmark-media://recording/';

export interface MediaOptions {
  urlBase?: string;
}

/** Recordings, playback and notes (issue 3). */
export const mediaModule: ModuleFactory<keyof typeof mediaApi, MediaOptions> = (ctx, repos, options) => {
  const recordings = createRecordingsStore(ctx.db);
  const cache = createDecodeCache(ctx.dataFolder);
  const peaks = createPeaksCache(ctx.dataFolder);
  const deps: MediaDeps = {
    ctx,
    repos,
    recordings,
    notes: createNotesStore(ctx.db),
    playback: createPlaybackStore(ctx.db),
    cache,
    peaks,
    agentChannels: createAgentChannelStore(ctx.db),
    capabilities: createCapabilities(() => Date.parse(ctx.now())),
    urlBase: options.urlBase ?? HOST_MEDIA_URL_BASE,
  };
  // Decoded copies and peaks of recordings detached or discarded while the app was closed, and a crash's temporary files.
  cache.prune(recordings.allHashes());
  peaks.prune(recordings.allHashes());
  return {
    handlers: {
      ...recordingHandlers(deps),
      ...servingHandlers(deps),
      ...noteHandlers(deps),
      ...clockHandlers(deps),
    },
    hooks: { completed: { finish: completionHook(deps) } },
    close: async () => {
      await Promise.all([cache.close(), peaks.close()]);
    },
  };
};
