import type { SaveResult } from '../../shared/api/reviews';
import { createQueueRegistry, flushEveryQueue } from './queue-registry';

/**
 * What a queued change answers. An answer or comment brings the backend's new
 * score; a timestamped note only when it was saved (notes share the outbox so
 * "All changes saved" covers them too, and they reach the database in order
 * with everything else).
 */
export type QueuedResult = SaveResult | { kind: 'note'; savedAt: string };

/** One outbox per scorecard, kept for the whole session (queue-registry.ts). */
const scorecards = createQueueRegistry<QueuedResult>();

export const queueFor = scorecards.queueFor;
export const existingQueue = scorecards.existing;
export const drain = scorecards.drain;
export const listen = scorecards.listen;

/** Sends every debounced change now (every scorecard's, and every other document's): the page is going away. */
export const flushAll = flushEveryQueue;
