import type { CoachingSessionDocument } from '../../../shared/coaching/document';
import { coachingSessionKind } from '../../../shared/sync/kinds/coaching';
import type { ImportedEvent } from '../hooks';
import type { CoachingDeps } from './deps';

/** The `project` import hook: a colleague's coaching session joins this install's Coaching home, read-only. */
export const sessionProjection =
  (deps: CoachingDeps) =>
  ({ ref, document, at }: ImportedEvent): void => {
    if (ref.kind !== coachingSessionKind.kind) return;
    const doc = document as CoachingSessionDocument;
    // One of this install's own sessions, come back through a share, is never a colleague's.
    if (deps.sessions.get(doc.sessionId)) return;
    deps.imported.keep(doc, JSON.stringify(doc), at);
  };
