import type Database from 'better-sqlite3';
import { nameKey } from '../../../shared/people/names';
import type { Agent } from '../../../shared/schemas/people';

interface AgentRow {
  id: string;
  name: string;
  team: string;
  active: number;
  organisation_key: string | null;
  merged_into: string | null;
  from_colleague: number;
  created_at: string;
  updated_at: string;
}

const toAgent = (r: AgentRow): Agent => ({
  id: r.id,
  name: r.name,
  team: r.team,
  active: r.active === 1,
  organisationKey: r.organisation_key,
  mergedInto: r.merged_into,
  fromColleague: r.from_colleague === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function createAgentsRepository(db: Database.Database) {
  const listed = (where: string) => db.prepare<[], AgentRow>(`SELECT * FROM agents ${where} ORDER BY name COLLATE NOCASE, id`);
  const lists = {
    active: listed('WHERE active = 1 AND merged_into IS NULL'),
    all: listed('WHERE merged_into IS NULL'),
    activeAndMerged: listed('WHERE active = 1'),
    everything: listed(''),
  };
  const byId = db.prepare<[string], AgentRow>('SELECT * FROM agents WHERE id = ?');
  const byKey = db.prepare<[string], AgentRow>('SELECT * FROM agents WHERE lower(organisation_key) = lower(?)');
  // SQLite's lower() folds ASCII only; names compare as people read them (shared/people/names), so in JS.
  const notMerged = db.prepare<[], AgentRow>('SELECT * FROM agents WHERE merged_into IS NULL ORDER BY created_at, id');
  const insert = db.prepare(
    `INSERT INTO agents (id, name, team, active, organisation_key, merged_into, from_colleague, created_at, updated_at)
     VALUES (@id, @name, @team, @active, @organisationKey, @mergedInto, @fromColleague, @createdAt, @updatedAt)`,
  );
  const update = db.prepare(
    `UPDATE agents SET name = @name, team = @team, active = @active, organisation_key = @organisationKey, merged_into = @mergedInto,
       updated_at = @updatedAt WHERE id = @id`,
  );
  const toRow = (a: Agent) => ({ ...a, active: a.active ? 1 : 0, fromColleague: a.fromColleague ? 1 : 0 });
  const one = (row: AgentRow | undefined) => (row ? toAgent(row) : null);
  return {
    list: (includeInactive: boolean, includeMerged = false): Agent[] =>
      lists[includeMerged ? (includeInactive ? 'everything' : 'activeAndMerged') : includeInactive ? 'all' : 'active'].all().map(toAgent),
    get: (id: string): Agent | null => one(byId.get(id)),
    /** The agent holding this organisation key, whatever its case. */
    byKey: (key: string): Agent | null => one(byKey.get(key)),
    /** Agents (not merged away) of the same name, ignoring case, compatibility forms and invisible characters. */
    sameName: (name: string): Agent[] => {
      const key = nameKey(name);
      return key === '' ? [] : notMerged.all().filter((r) => nameKey(r.name) === key).map(toAgent);
    },
    insert: (agent: Agent) => void insert.run(toRow(agent)),
    update: (agent: Agent) => void update.run(toRow(agent)),
  };
}
export type AgentsRepository = ReturnType<typeof createAgentsRepository>;
