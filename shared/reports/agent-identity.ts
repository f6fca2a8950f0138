import { nameKey } from '../people/names';
import type { Agent } from '../schemas/people';

/**
 * The rules of one agent across installs (issue 7), pure so the backend and
 * the tests read them once.
 */

export const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/**
 * A colleague's agent that may be one of ours: same name and team, and no
 * pair of keys that says otherwise. Only ever proposed: two "Sam Patel"s on
 * one team do exist.
 */
export function mayBeSamePerson(theirs: Pick<Agent, 'name' | 'team' | 'organisationKey'>, ours: Pick<Agent, 'name' | 'team' | 'organisationKey'>): boolean {
  if (theirs.organisationKey && ours.organisationKey) return false;
  return sameName(theirs.name, ours.name) && nameKey(theirs.team) === nameKey(ours.team);
}

/** Why `from` cannot be merged into `into`, or null when it can. */
export function mergeProblem(from: Agent, into: Agent): string | null {
  if (from.id === into.id) return `${from.name} cannot be merged into themselves: choose another agent.`;
  if (from.mergedInto) return `${from.name} was already merged into another agent: undo that merge first.`;
  if (into.mergedInto) return `${into.name} was merged into another agent: merge into that agent instead.`;
  if (from.organisationKey && into.organisationKey && from.organisationKey.toLowerCase() !== into.organisationKey.toLowerCase()) {
    return `${from.name} (${from.organisationKey}) and ${into.name} (${into.organisationKey}) have different organisation keys, so they are different people.`;
  }
  return null;
}

/** The warning the add form shows before a second agent of the same name is made. */
export function duplicateNameWarning(name: string, existing: readonly Pick<Agent, 'name' | 'team'>[]): string | null {
  if (!existing.length) return null;
  const where = existing.map((a) => (a.team ? `${a.name} (${a.team})` : a.name)).join(', ');
  return `${existing.length === 1 ? 'An agent' : `${existing.length} agents`} called "${name.trim()}" already exist${existing.length === 1 ? 's' : ''}: ${where}. Add another only if this is a different person; to tell them apart, give each an organisation key.`;
}
