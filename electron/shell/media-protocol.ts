import { protocol } from 'electron';
import type { BackendCall } from '../ipc/register-handlers';
import { MEDIA_SCHEME } from '../security/app-url';
import { answerMediaRequest, type StreamSource } from './media-request';

/**
 * Serves recordings to the page on callmark-media: (registered privileged and
 * streaming in app-protocol.ts, allowed by the CSP's media-src). The backend
 * process owns the capabilities; this main-process handler asks it which file
 * one stands for, then streams the requested byte range itself.
 */
export function handleMediaProtocol(callBackend: BackendCall): void {
  protocol.handle(MEDIA_SCHEME, (request) =>
    answerMediaRequest(request, async (capability) => {
      const envelope = await callBackend('media.streamSource', { capability });
      return envelope.ok ? (envelope.value as StreamSource) : null;
    }),
  );
}
