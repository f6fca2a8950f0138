import type { SaveResult } from '../../shared/api/reviews';
import { errorMessage } from '../api/errors';
import { createSaveQueue, type SaveQueue, type SaveStatus } from './save-queue';

export interface QueueListener {
  onStatus(status: SaveStatus): void;
  onSaved(result: SaveResult, idle: boolean): void;
}

/**
 * One outbox per scorecard, kept for the whole session: leaving the scoring
 * screen must not drop a change that is still on its way.
 */
const queues = new Map<string, SaveQueue<SaveResult>>();
const listeners = new Map<string, QueueListener>();

export function queueFor(scorecardId: string): SaveQueue<SaveResult> {
  let queue = queues.get(scorecardId);
  if (!queue) {
    queue = createSaveQueue<SaveResult>({
      savedAt: (result) => result.savedAt,
      describeError: errorMessage,
      onStatus: (status) => listeners.get(scorecardId)?.onStatus(status),
      onSaved: (result, idle) => listeners.get(scorecardId)?.onSaved(result, idle),
    });
    queues.set(scorecardId, queue);
  }
  return queue;
}

export function existingQueue(scorecardId: string): SaveQueue<SaveResult> | undefined {
  return queues.get(scorecardId);
}

/** The screen showing a scorecard listens to its outbox; only one at a time. */
export function listen(scorecardId: string, listener: QueueListener): () => void {
  listeners.set(scorecardId, listener);
  return () => {
    if (listeners.get(scorecardId) === listener) listeners.delete(scorecardId);
  };
}

/** Sends every debounced comment now: the page is going away. */
export function flushAll(): void {
  for (const queue of queues.values()) queue.flush();
}
