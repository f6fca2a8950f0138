import type { FactsStore } from '../reports/facts/store';
import type { FactsWriter } from '../reports/facts/writer';
import type { Repositories } from '../repositories';
import type { IdentityStore } from './identity-store';

/**
 * After a merge or its undoing, every scorecard that counted for either agent
 * counts again for whoever it belongs to now: this install's by the agent on
 * the scorecard, colleagues' by the agent they were attached to, each through
 * any merge. Runs in the merge's transaction.
 */
export function reattachScorecards(deps: { repos: Repositories; identity: IdentityStore; facts: FactsStore; writer: FactsWriter }, agentIds: readonly string[]): void {
  for (const row of deps.facts.countedOfAgents(agentIds)) {
    const own = row.source === 'mine' ? (deps.repos.scorecards.get(row.scorecardId)?.agentId ?? row.ownAgentId) : row.ownAgentId;
    deps.writer.move(row, own, deps.identity.survivorOf(own));
  }
}
