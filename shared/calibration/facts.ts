import type { CalibrationSession } from './session-document';
import type { SessionFacts } from './views';

/** What every screen and export says about a session: the document without its template's content and participants. */
export function factsOf(s: CalibrationSession): SessionFacts {
  const { agent, channel, occurredAt, reference } = s.interaction;
  return {
    sessionId: s.sessionId,
    title: s.title,
    publishedAt: s.publishedAt,
    dueAt: s.dueAt,
    organiser: s.organiser,
    interaction: { channel, occurredAt, reference, agent },
    recording: s.recording,
    template: { id: s.template.id, versionId: s.template.versionId, version: s.template.version, name: s.template.name },
    referenceKey: s.referenceKey,
  };
}
