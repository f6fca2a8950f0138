import type Database from 'better-sqlite3';
import type { Agent } from '../../../shared/schemas/people';

interface AgentRow {
  id: string;
  name: string;
  team: string;
  active: number;
  created_at: string;
  updated_at: string;
}

const toAgent = (r: AgentRow): Agent => ({
  id: r.id,
  name: r.name,
  team: r.team,
  active: r.active === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function createAgentsRepository(db: Database.Database) {
  const all = db.prepare<[], AgentRow>('SELECT * FROM agents ORDER BY name COLLATE NOCASE, id');
  const active = db.prepare<[], AgentRow>('SELECT * FROM agents WHERE active = 1 ORDER BY name COLLATE NOCASE, id');
  const byId = db.prepare<[string], AgentRow>('SELECT * FROM agents WHERE id = ?');
  const insert = db.prepare('INSERT INTO agents (id, name, team, active, created_at, updated_at) VALUES (@id, @name, @team, @active, @createdAt, @updatedAt)');
  const update = db.prepare('UPDATE agents SET name = @name, team = @team, active = @active, updated_at = @updatedAt WHERE id = @id');
  const toRow = (a: Agent) => ({ ...a, active: a.active ? 1 : 0 });
  return {
    list: (includeInactive: boolean): Agent[] => (includeInactive ? all : active).all().map(toAgent),
    get: (id: string): Agent | null => {
      const row = byId.get(id);
      return row ? toAgent(row) : null;
    },
    insert: (agent: Agent) => void insert.run(toRow(agent)),
    update: (agent: Agent) => void update.run(toRow(agent)),
  };
}
export type AgentsRepository = ReturnType<typeof createAgentsRepository>;
