import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { allChannels, CHANNEL_PREFIX } from './ipc/channels';
import { DROPPED_FILE_CHANNEL } from './ipc/dropped-file';

/**
 * The page gets two functions and nothing else (the API, and a grant for a dropped file). The channel list is fixed at
 * build time, so the page cannot reach any other IPC channel through it.
 */
const allowed = new Set(allChannels);

const bridge = {
  invoke(name: string, input: unknown): Promise<unknown> {
    const channel = `${CHANNEL_PREFIX}${name}`;
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'not_found', message: `Unknown API method "${name}".` } });
    }
    return ipcRenderer.invoke(channel, input);
  },
  /** A File dropped on the window becomes a grant for media.attach/relink; the page never sees or sends a path. */
  grantDroppedFile(file: File): Promise<unknown> {
    return ipcRenderer.invoke(DROPPED_FILE_CHANNEL, webUtils.getPathForFile(file));
  },
};

contextBridge.exposeInMainWorld('callmark', bridge);
