import { ApiError, type ApiHandlers } from '../../../shared/api';
import type { TimestampedNote } from '../../../shared/schemas/media';
import type { TemplateVersion } from '../../../shared/schemas/template';
import { requireDraft, requireScorecard } from '../reviews/load';
import type { MediaDeps } from './deps';

type Methods = 'media.notes.list' | 'media.notes.add' | 'media.notes.update' | 'media.notes.delete';

/** A note tied to an element must name one of this scorecard's template (its version, not the latest). */
function checkElement(template: TemplateVersion, elementId: string | null): void {
  if (elementId === null) return;
  const known = template.content.sections.some((s) => s.elements.some((e) => e.id === elementId));
  if (!known) throw new ApiError('invalid_input', `This scorecard's template has no element "${elementId}".`);
}

/** Timestamped notes: changed only while the scorecard is a draft (the triggers in 002-media say so too). */
export function noteHandlers(deps: MediaDeps): Pick<ApiHandlers, Methods> {
  const { ctx, repos, notes } = deps;

  const requireNote = (id: string): TimestampedNote => {
    const note = notes.get(id);
    if (!note) throw new ApiError('not_found', 'That note no longer exists.');
    return note;
  };

  return {
    'media.notes.list': ({ scorecardId, revision }) => {
      const { scorecard } = requireScorecard(repos, scorecardId);
      if (revision === undefined) return notes.list(scorecardId);
      const kept = notes.atRevision(scorecardId, revision);
      if (kept) return kept;
      // A completed scorecard's current notes are its latest revision's, snapshot or not.
      if (scorecard.status === 'completed' && revision === scorecard.revision) return notes.list(scorecardId);
      throw new ApiError('not_found', `Revision ${revision} of this scorecard has no notes on record.`);
    },

    'media.notes.add': ({ scorecardId, atSeconds, elementId, text }) =>
      ctx.db.transaction(() => {
        const { template } = requireDraft(repos, scorecardId);
        checkElement(template, elementId);
        const at = ctx.now();
        const note: TimestampedNote = { id: ctx.newId(), scorecardId, elementId, atSeconds, text, createdAt: at, updatedAt: at };
        notes.insert(note);
        return note;
      })(),

    'media.notes.update': ({ id, atSeconds, elementId, text }) =>
      ctx.db.transaction(() => {
        const note = requireNote(id);
        const { template } = requireDraft(repos, note.scorecardId);
        if (elementId !== undefined) checkElement(template, elementId);
        const updated: TimestampedNote = {
          ...note,
          atSeconds: atSeconds ?? note.atSeconds,
          elementId: elementId === undefined ? note.elementId : elementId,
          text: text ?? note.text,
          updatedAt: ctx.now(),
        };
        notes.update(updated);
        return updated;
      })(),

    'media.notes.delete': ({ id }) =>
      ctx.db.transaction(() => {
        const note = requireNote(id);
        requireDraft(repos, note.scorecardId);
        notes.remove(id);
        return { deleted: true as const };
      })(),
  };
}
