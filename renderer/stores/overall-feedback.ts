import { create } from 'zustand';
import { NO_FEEDBACK, type FeedbackField, type OverallFeedback } from '../../shared/schemas/scorecard';
import { api } from '../api/client';
import { queueFor } from './scorecard-queues';
import { COMMENT_DEBOUNCE_MS, isReadOnly, useScoring } from './scoring';

interface FeedbackState {
  feedback: OverallFeedback;
  set(field: FeedbackField, text: string): void;
}

/**
 * The open scorecard's overall feedback, "What went well" and "What to work
 * on": typed here, saved like a comment through the scorecard's own ordered
 * queue (so "All changes saved", completing and discarding cover it too), and
 * read again whenever the scoring store reads the scorecard from the backend.
 */
export const useOverallFeedback = create<FeedbackState>((set, get) => ({
  feedback: NO_FEEDBACK,
  set(field, text) {
    const { detail, completePhase } = useScoring.getState();
    if (!detail || isReadOnly(detail) || completePhase !== 'idle') return;
    const scorecardId = detail.scorecard.id;
    set({ feedback: { ...get().feedback, [field]: text } });
    queueFor(scorecardId).enqueue({ key: `feedback:${field}`, send: () => api['reviews.setFeedback']({ scorecardId, field, text }) }, COMMENT_DEBOUNCE_MS);
  },
}));

useScoring.subscribe((state, previous) => {
  if (state.detail !== previous.detail) useOverallFeedback.setState({ feedback: state.detail?.feedback ?? NO_FEEDBACK });
});
