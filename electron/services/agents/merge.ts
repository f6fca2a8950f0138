import { ApiError } from '../../../shared/api';
import type { AgentMerge } from '../../../shared/api/agents';
import { mergeProblem } from '../../../shared/reports/agent-identity';
import type { Agent } from '../../../shared/schemas/people';
import type { ServiceContext } from '../context';
import type { FactsStore } from '../reports/facts/store';
import type { FactsWriter } from '../reports/facts/writer';
import type { Repositories } from '../repositories';
import type { IdentityStore } from './identity-store';
import { reattachScorecards } from './reattach';
import type { AgentIdentityStore, MergeRecord } from './store';

export interface MergeDeps {
  ctx: ServiceContext;
  repos: Repositories;
  identity: IdentityStore;
  store: AgentIdentityStore;
  facts: FactsStore;
  writer: FactsWriter;
}

const requireAgent = (repos: Repositories, id: string): Agent => {
  const agent = repos.agents.get(id);
  if (!agent) throw new ApiError('not_found', 'That agent no longer exists.');
  return agent;
};

export function describeMerge(repos: Repositories, m: MergeRecord): AgentMerge {
  const person = (id: string) => {
    const a = repos.agents.get(id);
    return { id, name: a?.name ?? 'Unknown agent', team: a?.team ?? '' };
  };
  return { id: m.id, from: person(m.fromAgentId), into: person(m.intoAgentId), movedScorecards: m.movedScorecards.length, mergedAt: m.mergedAt, undoneAt: m.undoneAt };
}

/**
 * `from` becomes part of `into`: this install's scorecards of `from` move (and
 * are listed in the record, so undoing moves exactly those back), colleagues'
 * follow through `merged_into`, a key `into` lacks moves with them, and the
 * reports count everything for `into`. One transaction.
 */
export function mergeAgents(deps: MergeDeps, fromId: string, intoId: string): AgentMerge {
  const { ctx, repos, store } = deps;
  return ctx.db.transaction(() => {
    const from = requireAgent(repos, fromId);
    const into = requireAgent(repos, intoId);
    const problem = mergeProblem(from, into);
    if (problem) throw new ApiError('conflict', problem);
    const at = ctx.now();
    const moved = store.scorecardIdsOf(from.id);
    store.moveScorecards(moved, into.id);
    const movedKey = from.organisationKey && !into.organisationKey ? from.organisationKey : null;
    repos.agents.update({ ...from, organisationKey: movedKey ? null : from.organisationKey, mergedInto: into.id, updatedAt: at });
    if (movedKey) repos.agents.update({ ...into, organisationKey: movedKey, updatedAt: at });
    const record: MergeRecord = { id: ctx.newId(), fromAgentId: from.id, intoAgentId: into.id, movedKey, movedScorecards: moved, mergedAt: at, undoneAt: null };
    store.insertMerge(record);
    store.decide(from.id, into.id, 'confirmed', at);
    reattachScorecards(deps, [from.id, into.id]);
    return describeMerge(repos, record);
  })();
}

/** Puts a merge back exactly: the moved scorecards, the key, and `from` as an agent of its own again. */
export function undoMerge(deps: MergeDeps, mergeId: string): AgentMerge {
  const { ctx, repos, store } = deps;
  return ctx.db.transaction(() => {
    const record = store.merge(mergeId);
    if (!record) throw new ApiError('not_found', 'That merge is not recorded.');
    if (record.undoneAt) throw new ApiError('conflict', 'That merge was already undone.');
    const from = requireAgent(repos, record.fromAgentId);
    if (from.mergedInto !== record.intoAgentId) throw new ApiError('conflict', `${from.name} has changed since that merge; it cannot be undone.`);
    const at = ctx.now();
    store.moveScorecards(record.movedScorecards, from.id);
    const into = requireAgent(repos, record.intoAgentId);
    const keyBack = record.movedKey !== null && into.organisationKey === record.movedKey;
    if (keyBack) repos.agents.update({ ...into, organisationKey: null, updatedAt: at });
    repos.agents.update({ ...from, mergedInto: null, organisationKey: keyBack ? record.movedKey : from.organisationKey, updatedAt: at });
    store.markUndone(record.id, at);
    reattachScorecards(deps, [from.id, into.id]);
    return describeMerge(repos, { ...record, undoneAt: at });
  })();
}
