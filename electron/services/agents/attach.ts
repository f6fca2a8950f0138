import type { ExportAgent } from '../../../shared/export/schema';
import { mayBeSamePerson } from '../../../shared/reports/agent-identity';
import type { z } from 'zod';
import type { Repositories } from '../repositories';
import type { IdentityStore } from './identity-store';
import type { AgentIdentityStore } from './store';

export interface AttachDeps {
  repos: Repositories;
  identity: IdentityStore;
  store: AgentIdentityStore;
}

/**
 * Which local agent a colleague's scorecard attaches to (the `project` import
 * hook, before reports count it):
 * 1. an agent already known by that id (seen before, or shared through a third install);
 * 2. the agent holding the same organisation key, linked from now on;
 * 3. otherwise a new agent with their id, name, team and key, "from a colleague". When no key settles it and one
 *    of ours has the same name and team, a match is proposed for the user to confirm or keep apart, never applied.
 * Old exports carry no key and take steps 1 and 3.
 */
export function attachImportedAgent({ repos, identity, store }: AttachDeps, agent: z.infer<typeof ExportAgent>, at: string): string {
  const known = identity.attachedAgentOf(agent.id);
  if (known) return known;
  const key = agent.organisationKey ?? null;
  const keyed = key ? repos.agents.byKey(key) : null;
  if (keyed) {
    identity.link(agent.id, keyed.id, at);
    return keyed.id;
  }
  const created = { id: agent.id, name: agent.name.trim() || 'Unnamed agent', team: agent.team, organisationKey: key };
  repos.agents.insert({ ...created, active: true, mergedInto: null, fromColleague: true, createdAt: at, updatedAt: at });
  for (const ours of repos.agents.sameName(agent.name)) {
    if (ours.id !== agent.id && mayBeSamePerson(created, ours)) store.propose(agent.id, ours.id, at);
  }
  return agent.id;
}
