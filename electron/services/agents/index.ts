import { ApiError } from '../../../shared/api';
import type { agentsApi } from '../../../shared/api/agents';
import type { ScorecardExport } from '../../../shared/export/schema';
import { scorecardKind } from '../../../shared/sync/kinds';
import type { Agent } from '../../../shared/schemas/people';
import type { ModuleFactory } from '../module';
import { createFactsStore } from '../reports/facts/store';
import { createFactsWriter } from '../reports/facts/writer';
import { attachImportedAgent } from './attach';
import { createIdentityStore } from './identity-store';
import { describeMerge, mergeAgents, undoMerge, type MergeDeps } from './merge';
import { createAgentIdentityStore } from './store';

/** The people whose calls are scored, and one identity for each across installs (issue 7). */
export const agentsModule: ModuleFactory<keyof typeof agentsApi> = (ctx, repos) => {
  const identity = createIdentityStore(ctx.db);
  const store = createAgentIdentityStore(ctx.db);
  const facts = createFactsStore(ctx.db);
  const deps: MergeDeps = { ctx, repos, identity, store, facts, writer: createFactsWriter(facts) };

  const keyTaken = (key: string | null | undefined, self: string | null) => {
    if (!key) return;
    const holder = repos.agents.byKey(key);
    if (holder && holder.id !== self) throw new ApiError('conflict', `The organisation key "${key}" already belongs to ${holder.name}${holder.team ? ` (${holder.team})` : ''}.`);
  };

  return {
    handlers: {
      'agents.list': ({ includeInactive, includeMerged }) => repos.agents.list(includeInactive, includeMerged),
      'agents.create': ({ name, team, organisationKey }) =>
        ctx.db.transaction(() => {
          keyTaken(organisationKey, null);
          const at = ctx.now();
          const agent: Agent = { id: ctx.newId(), name, team, active: true, organisationKey: organisationKey ?? null, mergedInto: null, fromColleague: false, createdAt: at, updatedAt: at };
          repos.agents.insert(agent);
          return agent;
        })(),
      'agents.update': ({ id, ...changes }) =>
        ctx.db.transaction(() => {
          const existing = repos.agents.get(id);
          if (!existing) throw new ApiError('not_found', 'That agent no longer exists.');
          keyTaken(changes.organisationKey, id);
          const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
          const agent: Agent = { ...existing, ...defined, updatedAt: ctx.now() };
          repos.agents.update(agent);
          return agent;
        })(),
      'agents.sameName': ({ name }) => (name.trim() ? repos.agents.sameName(name) : []),
      'agents.merge': ({ fromId, intoId }) => mergeAgents(deps, fromId, intoId),
      'agents.undoMerge': ({ mergeId }) => undoMerge(deps, mergeId),
      'agents.merges': () => store.merges().map((m) => describeMerge(repos, m)),
      'agents.proposals': () =>
        store.openProposals().flatMap(({ agentId, candidateId, scorecards }) => {
          const agent = repos.agents.get(agentId);
          const candidate = repos.agents.get(candidateId);
          return agent && candidate ? [{ agent, candidate, scorecards }] : [];
        }),
      'agents.decideProposal': ({ agentId, candidateId, decision }) => {
        if (decision === 'same') return { merge: mergeAgents(deps, agentId, candidateId) };
        if (!store.decide(agentId, candidateId, 'kept_apart', ctx.now())) throw new ApiError('not_found', 'That proposal was already decided.');
        return { merge: null };
      },
    },
    hooks: {
      imported: {
        // Before reports count a colleague's scorecard (phase react), it is attached to one of our agents.
        project: ({ ref, document, at }) => {
          if (ref.kind !== scorecardKind.kind) return;
          attachImportedAgent({ repos, identity, store }, (document as ScorecardExport).agent, at);
        },
      },
    },
  };
};
