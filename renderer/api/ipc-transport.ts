import type { Transport } from '../../shared/api/client';
import type { Envelope } from '../../shared/api/errors';

/** What electron/preload.ts exposes on window: the API, and a grant for a file dropped on the window. */
export interface CallmarkBridge {
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** The preload resolves the File's path itself (webUtils.getPathForFile); the page only ever gets a grant. */
  grantDroppedFile(file: File): Promise<Envelope<unknown>>;
}

export function findBridge(target: Window): CallmarkBridge | null {
  const bridge = (target as Window & { callmark?: CallmarkBridge }).callmark;
  return bridge && typeof bridge.invoke === 'function' ? bridge : null;
}

export function createIpcTransport(bridge: CallmarkBridge): Transport {
  return async (name, input) => {
    try {
      return await bridge.invoke(name, input ?? {});
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: `The Callmark backend did not answer (${error instanceof Error ? error.message : String(error)}).` } };
    }
  };
}
