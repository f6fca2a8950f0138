import { create } from 'zustand';
import type { Agent } from '../../shared/schemas/people';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';

interface AgentsState {
  /** Every agent, active or not; screens filter what they show. */
  agents: Agent[];
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  create(fields: { name: string; team: string }): Promise<Agent>;
  update(id: string, changes: { name?: string; team?: string; active?: boolean }): Promise<Agent>;
}

const byName = (a: Agent, b: Agent) => a.name.localeCompare(b.name);

export const useAgents = create<AgentsState>((set, get) => ({
  agents: [],
  loaded: false,
  loadError: null,
  async load() {
    try {
      const agents = await api['agents.list']({ includeInactive: true });
      set({ agents: [...agents].sort(byName), loaded: true, loadError: null });
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
}));
