import type Database from 'better-sqlite3';

/** Merges chain at most this deep; anything deeper is a cycle a broken database could hold, not a real history. */
const MAX_CHAIN = 64;

/**
 * Which local agent a scorecard counts for. A colleague's agent is known
 * here by the same id (first seen on their scorecard, or shared through a
 * third install) or through a link made by organisation key; a merged agent's
 * scorecards count for the agent it was merged into.
 */
export function createIdentityStore(db: Database.Database) {
  const mergedInto = db.prepare<[string], { merged_into: string | null }>('SELECT merged_into FROM agents WHERE id = ?');
  const linked = db.prepare<[string], { agent_id: string }>('SELECT agent_id FROM agent_links WHERE foreign_id = ?');
  const link = db.prepare('INSERT INTO agent_links (foreign_id, agent_id, linked_at) VALUES (?, ?, ?) ON CONFLICT (foreign_id) DO NOTHING');
  return {
    /** The agent a colleague's agent id was attached to, before any merge; null when never seen. */
    attachedAgentOf(foreignId: string): string | null {
      if (mergedInto.get(foreignId)) return foreignId;
      return linked.get(foreignId)?.agent_id ?? null;
    },
    link: (foreignId: string, agentId: string, at: string) => void link.run(foreignId, agentId, at),
    /** The agent whose reports hold this agent's scorecards: itself, or where it was merged to. */
    survivorOf(agentId: string): string {
      let current = agentId;
      for (let i = 0; i < MAX_CHAIN; i++) {
        const next = mergedInto.get(current)?.merged_into ?? null;
        if (next === null) return current;
        current = next;
      }
      return current;
    },
  };
}
export type IdentityStore = ReturnType<typeof createIdentityStore>;
