import { createApiClient, type Transport } from '../../shared/api/client';
import type { ApiClient } from '../../shared/api';
import { useHostStatus } from './host-status';
import { createHttpTransport } from './http-transport';
import { createIpcTransport, findBridge } from './ipc-transport';
import { createTokenSource, type TokenSource } from './token';

/** The browser host's per-start token (null in the desktop app), for the few host routes beside the API (./print-download.ts). */
export const hostTokens: TokenSource | null = findBridge(window) ? null : createTokenSource(window);

/** Electron's preload bridge when present, else the browser host over HTTP. Nothing else in the renderer knows which. */
function chooseTransport(): Transport {
  const bridge = findBridge(window);
  if (bridge) return createIpcTransport(bridge);
  return createHttpTransport(hostTokens ?? createTokenSource(window), fetch, (refused) => useHostStatus.setState({ tokenRefused: refused }));
}

export const api: ApiClient = createApiClient(chooseTransport());
