import type { Harness } from './review';

/** Answers every element "met" and completes the scorecard. */
export async function completeReview(h: Harness, scorecardId: string, elementIds: string[]): Promise<void> {
  for (const elementId of elementIds) await h.call('reviews.setAnswer', { scorecardId, elementId, value: 'met' });
  await h.call('reviews.complete', { scorecardId });
}
