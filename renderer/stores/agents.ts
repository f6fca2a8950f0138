import { create } from 'zustand';
import type { AgentMatchProposal, AgentMerge } from '../../shared/api/agents';
import type { Agent } from '../../shared/schemas/people';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

export interface AgentFieldsInput {
  name: string;
  team: string;
  /** '' clears it. */
  organisationKey?: string;
}

interface AgentsState {
  /** Every agent, active or not (merged ones aside); screens filter what they show. */
  agents: Agent[];
  merges: AgentMerge[];
  proposals: AgentMatchProposal[];
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  create(fields: AgentFieldsInput): Promise<Agent>;
  update(id: string, changes: Partial<AgentFieldsInput> & { active?: boolean }): Promise<Agent>;
  /** Agents already called this, for the add form's warning. */
  sameName(name: string): Promise<Agent[]>;
  merge(fromId: string, intoId: string): Promise<AgentMerge>;
  undoMerge(mergeId: string): Promise<AgentMerge>;
  decide(proposal: AgentMatchProposal, decision: 'same' | 'apart'): Promise<void>;
}

const byName = (a: Agent, b: Agent) => a.name.localeCompare(b.name);

export const useAgents = create<AgentsState>((set, get) => ({
  agents: [],
  merges: [],
  proposals: [],
  loaded: false,
  loadError: null,
  async load() {
    try {
      const [agents, merges, proposals] = await Promise.all([
        api['agents.list']({ includeInactive: true }),
        api['agents.merges']({}),
        api['agents.proposals']({}),
      ]);
      set({ agents: [...agents].sort(byName), merges, proposals, loaded: true, loadError: null });
    } catch (error) {
      set({ loadError: errorMessage(error) });
    }
  },
  async create(fields) {
    const agent = await api['agents.create'](fields);
    set({ agents: [...get().agents, agent].sort(byName) });
    return agent;
  },
  async update(id, changes) {
    const agent = await api['agents.update']({ id, ...changes });
    set({ agents: get().agents.map((a) => (a.id === id ? agent : a)).sort(byName) });
    return agent;
  },
  sameName: (name) => api['agents.sameName']({ name }),
  async merge(fromId, intoId) {
    const merge = await api['agents.merge']({ fromId, intoId });
    await get().load();
    return merge;
  },
  async undoMerge(mergeId) {
    const merge = await api['agents.undoMerge']({ mergeId });
    await get().load();
    return merge;
  },
  async decide(proposal, decision) {
    await api['agents.decideProposal']({ agentId: proposal.agent.id, candidateId: proposal.candidate.id, decision });
    await get().load();
  },
}));
