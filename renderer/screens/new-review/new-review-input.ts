import type { Channel } from '../../../shared/schemas/interaction';
import { fromLocalInputValue } from '../../format/dates';
import { parseDuration } from '../../format/duration';

export interface NewReviewDraft {
  agentId: string;
  templateVersionId: string;
  channel: Channel;
  occurredAtLocal: string;
  reference: string;
  customerName: string;
  duration: string;
}

export interface NewReviewInput {
  agentId: string;
  templateVersionId: string;
  interaction: {
    channel: Channel;
    occurredAt: string;
    reference: string;
    customerName: string;
    durationSeconds: number | null;
  };
}

/** Checks the form and turns it into the reviews.create input, or says what to fix, per field. */
export function toCreateInput(draft: NewReviewDraft): { ok: true; input: NewReviewInput } | { ok: false; errors: Partial<Record<keyof NewReviewDraft, string>> } {
  const errors: Partial<Record<keyof NewReviewDraft, string>> = {};
  if (!draft.agentId) errors.agentId = 'Choose the agent you are reviewing.';
  if (!draft.templateVersionId) errors.templateVersionId = 'Choose a scorecard.';
  const occurredAt = fromLocalInputValue(draft.occurredAtLocal);
  if (!occurredAt) errors.occurredAtLocal = 'Give the date and time of the interaction.';
  const duration = parseDuration(draft.duration);
  if (!duration.ok) errors.duration = duration.message;
  if (Object.keys(errors).length > 0 || !occurredAt || !duration.ok) return { ok: false, errors };
  return {
    ok: true,
    input: {
      agentId: draft.agentId,
      templateVersionId: draft.templateVersionId,
      interaction: {
        channel: draft.channel,
        occurredAt,
        reference: draft.reference.trim(),
        customerName: draft.customerName.trim(),
        durationSeconds: duration.seconds,
      },
    },
  };
}
