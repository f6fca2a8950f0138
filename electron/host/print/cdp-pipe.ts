import type { Readable, Writable } from 'node:stream';

/**
 * The Chrome DevTools Protocol over `--remote-debugging-pipe`: JSON messages
 * ended by a NUL byte, Chromium reading fd 3 and writing fd 4. No port is
 * opened, so nothing else on the machine can drive the printing browser.
 */
export interface CdpConnection {
  send(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<Record<string, unknown>>;
}

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export function cdpOverPipe(toBrowser: Writable, fromBrowser: Readable): CdpConnection {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as Reply;
      buffered = buffered.slice(end + 1);
      const pending = message.id === undefined ? undefined : waiting.get(message.id);
      if (!pending || message.id === undefined) continue;
      waiting.delete(message.id);
      if (message.error) pending.reject(new Error(message.error.message));
      else pending.resolve(message.result ?? {});
    }
  });
  const fail = () => {
    for (const { reject } of waiting.values()) reject(new Error('Chromium closed while printing.'));
    waiting.clear();
  };
  fromBrowser.on('close', fail);
  fromBrowser.on('error', fail);
  return {
    send(method, params = {}, sessionId) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
      });
    },
  };
}
