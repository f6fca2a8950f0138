import type { SaveResult } from '../../shared/api/reviews';
import { errorMessage } from '../api/errors';
import { createSaveQueue, type SaveQueue, type SaveStatus } from './save-queue';

/**
 * What a queued change answers. An answer or comment brings the backend's new
 * score; a timestamped note only when it was saved (notes share the outbox so
 * "All changes saved" covers them too, and they reach the database in order
 * with everything else).
 */
export type QueuedResult = SaveResult | { kind: 'note'; savedAt: string };

export interface QueueListener {
  onStatus(status: SaveStatus): void;
  onSaved(result: QueuedResult, idle: boolean): void;
}

/**
 * One outbox per scorecard, kept for the whole session: leaving the scoring
 * screen must not drop a change that is still on its way.
 */
const queues = new Map<string, SaveQueue<QueuedResult>>();
const listeners = new Map<string, QueueListener>();

export function queueFor(scorecardId: string): SaveQueue<QueuedResult> {
  let queue = queues.get(scorecardId);
  if (!queue) {
    queue = createSaveQueue<QueuedResult>({
      savedAt: (result) => result.savedAt,
      describeError: errorMessage,
      onStatus: (status) => listeners.get(scorecardId)?.onStatus(status),
      onSaved: (result, idle) => listeners.get(scorecardId)?.onSaved(result, idle),
    });
    queues.set(scorecardId, queue);
  }
  return queue;
}

export function existingQueue(scorecardId: string): SaveQueue<QueuedResult> | undefined {
  return queues.get(scorecardId);
}

/**
 * Sends everything waiting for this scorecard now and waits until the backend
 * has it. Null once all is saved, else why not: an action that must come after
 * the changes (complete, discard) stops there, and the queue keeps retrying.
 */
export async function drain(scorecardId: string): Promise<string | null> {
  const queue = queueFor(scorecardId);
  queue.flush();
  return (await queue.settle()) === 'failed' ? (queue.status().error ?? 'no answer') : null;
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
