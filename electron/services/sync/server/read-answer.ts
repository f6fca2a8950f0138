/**
 * Reads a whole answer body as it came, up to `maxBytes`. Time is watched by
 * the caller's `stall` timer, pushed back by every piece that arrives: a page
 * of a few megabytes over a slow VPN takes long but keeps coming, and must not
 * be cut by a limit on the whole, or it would be asked for again and cut again
 * at every import; a server that stops sending is given up on. Bytes, not
 * text: a page is read line by line from them (shared/team-server/pull.ts).
 */
export async function readWholeBody(response: Response, maxBytes: number, stall: { pushBack(): void }): Promise<{ bytes: Uint8Array } | { tooLarge: number }> {
  if (!response.body) return { bytes: new Uint8Array(0) };
  const reader = response.body.getReader();
  const pieces: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      stall.pushBack();
      size += value.byteLength;
      if (size > maxBytes) return { tooLarge: size };
      pieces.push(value);
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  // A Buffer, not a plain Uint8Array: its indexOf finds a page's line breaks some ten times faster
  // (shared/team-server/lines.ts), which took a large pull's reader a tenth of its time.
  return { bytes: Buffer.concat(pieces, size) };
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
