import { contextBridge, ipcRenderer } from 'electron';
import { allChannels, CHANNEL_PREFIX } from './ipc/channels';

/**
 * The page gets one function and nothing else. The channel list is fixed at
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
};

contextBridge.exposeInMainWorld('callmark', bridge);
