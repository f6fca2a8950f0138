import type { Participant } from './session-document';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Which participant of a session this install's reviewer is: by reviewer id
 * when the organiser picked them from reviewers they knew, else by name (a
 * colleague the organiser typed in). A session never lists a name twice.
 */
export function participantFor(participants: readonly Participant[], me: { id: string; name: string }): Participant | null {
  return participants.find((p) => p.reviewerId === me.id) ?? participants.find((p) => p.reviewerId === null && sameName(p.name, me.name)) ?? null;
}
