import { occurredAtProblem } from '../../../shared/interactions/occurred-at';
import { nameProblem } from '../../../shared/people/names';
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

const REFERENCE_MAX = 200;

/**
 * Checks the form and turns it into the reviews.create input, or says what to fix, per field, with the backend's own
 * rules (a name must be visible and is never cut; an interaction cannot be in the future, seen from `now`).
 */
export function toCreateInput(
  draft: NewReviewDraft,
  now: string = new Date().toISOString(),
): { ok: true; input: NewReviewInput } | { ok: false; errors: Partial<Record<keyof NewReviewDraft, string>> } {
  const errors: Partial<Record<keyof NewReviewDraft, string>> = {};
  if (!draft.agentId) errors.agentId = 'Choose the agent you are reviewing.';
  if (!draft.templateVersionId) errors.templateVersionId = 'Choose a scorecard.';
  const occurredAt = fromLocalInputValue(draft.occurredAtLocal);
  if (!occurredAt) errors.occurredAtLocal = 'Give the date and time of the interaction.';
  else {
    const future = occurredAtProblem(occurredAt, now);
    if (future) errors.occurredAtLocal = future;
  }
  const reference = draft.reference.trim();
  if ([...reference].length > REFERENCE_MAX) errors.reference = `The reference is ${[...reference].length} characters long; at most ${REFERENCE_MAX} are kept.`;
  const customer = draft.customerName.trim();
  const customerProblem = customer === '' ? null : nameProblem(customer, 'The customer name');
  if (customerProblem) errors.customerName = `${customerProblem}.`;
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
        reference,
        customerName: customer,
        durationSeconds: duration.seconds,
      },
    },
  };
}
