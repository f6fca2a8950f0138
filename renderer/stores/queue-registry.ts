import { errorMessage } from '../api/errors';
import { createSaveQueue, type SaveQueue, type SaveStatus } from './save-queue';

export interface QueueListener<R> {
  onStatus(status: SaveStatus): void;
  onSaved(result: R, idle: boolean): void;
}

export interface QueueRegistry<R> {
  /** The outbox of one document (a scorecard, a template draft), made on first use and kept for the session. */
  queueFor(key: string): SaveQueue<R>;
  existing(key: string): SaveQueue<R> | undefined;
  /**
   * Sends everything waiting for this document now and waits until the
   * backend has it. Null once all is saved, else why not: an action that must
   * come after the changes (complete, publish, discard) stops there, and the
   * queue keeps retrying.
   */
  drain(key: string): Promise<string | null>;
  /** The screen showing a document listens to its outbox; only one at a time. */
  listen(key: string, listener: QueueListener<R>): () => void;
}

const flushers: (() => void)[] = [];

/**
 * One ordered outbox (save-queue.ts) per document, kept for the whole
 * session: leaving a screen must not drop a change that is still on its way.
 */
export function createQueueRegistry<R extends { savedAt: string }>(): QueueRegistry<R> {
  const queues = new Map<string, SaveQueue<R>>();
  const listeners = new Map<string, QueueListener<R>>();
  flushers.push(() => {
    for (const queue of queues.values()) queue.flush();
  });
  const queueFor = (key: string) => {
    let queue = queues.get(key);
    if (!queue) {
      queue = createSaveQueue<R>({
        savedAt: (result) => result.savedAt,
        describeError: errorMessage,
        onStatus: (status) => listeners.get(key)?.onStatus(status),
        onSaved: (result, idle) => listeners.get(key)?.onSaved(result, idle),
      });
      queues.set(key, queue);
    }
    return queue;
  };
  return {
    queueFor,
    existing: (key) => queues.get(key),
    async drain(key) {
      const queue = queueFor(key);
      queue.flush();
      return (await queue.settle()) === 'failed' ? (queue.status().error ?? 'no answer') : null;
    },
    listen(key, listener) {
      listeners.set(key, listener);
      return () => {
        if (listeners.get(key) === listener) listeners.delete(key);
      };
    },
  };
}

/** Sends every debounced change of every document now: the page is going away. */
export function flushEveryQueue(): void {
  for (const flush of flushers) flush();
}
