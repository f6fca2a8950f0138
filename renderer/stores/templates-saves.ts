import type { FieldError } from '../../shared/templates/field-errors';
import { createQueueRegistry } from './queue-registry';

/** What a saved draft answers: when the backend took it, and the problems it still has. */
export interface TemplateSaveResult {
  kind: 'draft';
  savedAt: string;
  errors: FieldError[];
}

/**
 * One ordered outbox per template draft, as scorecards have: drafts reach
 * the backend in the order they were made, one call at a time, a newer draft
 * replacing an older one still waiting, and a failed save retried until it
 * lands. Leaving the screen drops nothing. Actions that must come after the
 * draft (the element map, the what-if, publishing) drain it first.
 */
export const templateSaves = createQueueRegistry<TemplateSaveResult>();
