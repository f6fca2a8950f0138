import type Database from 'better-sqlite3';
import type { Interaction } from '../../../shared/schemas/interaction';

interface InteractionRow {
  id: string;
  agent_id: string;
  channel: Interaction['channel'];
  occurred_at: string;
  reference: string;
  duration_seconds: number | null;
  customer_name: string;
}

const toInteraction = (r: InteractionRow): Interaction => ({
  id: r.id,
  agentId: r.agent_id,
  channel: r.channel,
  occurredAt: r.occurred_at,
  reference: r.reference,
  durationSeconds: r.duration_seconds,
  customerName: r.customer_name,
});

export function createInteractionsRepository(db: Database.Database) {
  const byId = db.prepare<[string], InteractionRow>('SELECT * FROM interactions WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO interactions (id, agent_id, channel, occurred_at, reference, duration_seconds, customer_name)
     VALUES (@id, @agentId, @channel, @occurredAt, @reference, @durationSeconds, @customerName)`,
  );
  const remove = db.prepare('DELETE FROM interactions WHERE id = ?');
  const setDuration = db.prepare('UPDATE interactions SET duration_seconds = ? WHERE id = ?');
  return {
    get: (id: string): Interaction | null => {
      const row = byId.get(id);
      return row ? toInteraction(row) : null;
    },
    insert: (interaction: Interaction) => void insert.run(interaction),
    remove: (id: string) => void remove.run(id),
    setDuration: (id: string, seconds: number) => void setDuration.run(seconds, id),
  };
}
export type InteractionsRepository = ReturnType<typeof createInteractionsRepository>;
