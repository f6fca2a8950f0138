import type Database from 'better-sqlite3';
import type { AgentChannel } from '../../../shared/schemas/media';

/** The agent's side of a stereo recording, per interaction, valid only for the file (hash) it was set for. */
export function createAgentChannelStore(db: Database.Database) {
  const get = db.prepare<[string, string], { agent_channel: 'left' | 'right' }>(
    'SELECT agent_channel FROM recording_agent_channels WHERE interaction_id = ? AND sha256 = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO recording_agent_channels (interaction_id, sha256, agent_channel, updated_at) VALUES (@interactionId, @sha256, @agentChannel, @updatedAt)
     ON CONFLICT (interaction_id) DO UPDATE SET sha256 = excluded.sha256, agent_channel = excluded.agent_channel, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM recording_agent_channels WHERE interaction_id = ?');
  return {
    get: (interactionId: string, sha256: string): AgentChannel => get.get(interactionId, sha256)?.agent_channel ?? 'unknown',
    set(interactionId: string, sha256: string, agentChannel: AgentChannel, updatedAt: string): void {
      if (agentChannel === 'unknown') remove.run(interactionId);
      else upsert.run({ interactionId, sha256, agentChannel, updatedAt });
    },
  };
}
export type AgentChannelStore = ReturnType<typeof createAgentChannelStore>;
