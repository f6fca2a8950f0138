/**
 * Reads a whole answer body as text, up to `maxBytes`. Time is watched by the
 * caller's `stall` timer, pushed back by every piece that arrives: a page of a
 * few megabytes over a slow VPN takes long but keeps coming, and must not be
 * cut by a limit on the whole, or it would be asked for again and cut again
 * at every import; a server that stops sending is given up on.
 */
export async function readWholeText(response: Response, maxBytes: number, stall: { pushBack(): void }): Promise<{ text: string } | { tooLarge: number }> {
  if (!response.body) return { text: '' };
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const pieces: string[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      stall.pushBack();
      size += value.byteLength;
      if (size > maxBytes) return { tooLarge: size };
      pieces.push(decoder.decode(value, { stream: true }));
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  pieces.push(decoder.decode());
  return { text: pieces.join('') };
}

/** A timer that aborts `controller` once `ms` pass without `pushBack()`; `stop()` when done. */
export function stallTimer(controller: AbortController, ms: number) {
  let timer: NodeJS.Timeout | null = null;
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), ms);
    timer.unref();
  };
  arm();
  return {
    pushBack: arm,
    stop: () => {
      if (timer) clearTimeout(timer);
    },
  };
}
