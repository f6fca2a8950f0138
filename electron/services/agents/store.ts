import type Database from 'better-sqlite3';

export interface MergeRecord {
  id: string;
  fromAgentId: string;
  intoAgentId: string;
  movedKey: string | null;
  movedScorecards: string[];
  mergedAt: string;
  undoneAt: string | null;
}

interface MergeRow {
  id: string;
  from_agent_id: string;
  into_agent_id: string;
  moved_key: string | null;
  moved_scorecards: string;
  merged_at: string;
  undone_at: string | null;
}

const toMerge = (r: MergeRow): MergeRecord => ({
  id: r.id,
  fromAgentId: r.from_agent_id,
  intoAgentId: r.into_agent_id,
  movedKey: r.moved_key,
  movedScorecards: JSON.parse(r.moved_scorecards) as string[],
  mergedAt: r.merged_at,
  undoneAt: r.undone_at,
});

/** Merges, their undoing, and the name-and-team proposals: the SQL of agent identity. */
export function createAgentIdentityStore(db: Database.Database) {
  const scorecardsOf = db.prepare<[string], { id: string }>('SELECT id FROM scorecards WHERE agent_id = ?');
  const moveScorecards = db.prepare(
    `UPDATE scorecards SET agent_id = @to WHERE id IN (SELECT value FROM json_each(@ids))`,
  );
  const moveInteractions = db.prepare(
    `UPDATE interactions SET agent_id = @to WHERE id IN (SELECT interaction_id FROM scorecards WHERE id IN (SELECT value FROM json_each(@ids)))`,
  );
  const insertMerge = db.prepare(
    `INSERT INTO agent_merges (id, from_agent_id, into_agent_id, moved_key, moved_scorecards, merged_at)
     VALUES (@id, @fromAgentId, @intoAgentId, @movedKey, @movedScorecards, @mergedAt)`,
  );
  const mergeById = db.prepare<[string], MergeRow>('SELECT * FROM agent_merges WHERE id = ?');
  const merges = db.prepare<[], MergeRow>('SELECT * FROM agent_merges ORDER BY merged_at DESC, id LIMIT 200');
  const undo = db.prepare('UPDATE agent_merges SET undone_at = ? WHERE id = ? AND undone_at IS NULL');
  const propose = db.prepare(
    `INSERT INTO agent_match_proposals (agent_id, candidate_id, status, proposed_at) VALUES (?, ?, 'open', ?)
     ON CONFLICT (agent_id, candidate_id) DO NOTHING`,
  );
  const decide = db.prepare(`UPDATE agent_match_proposals SET status = ?, decided_at = ? WHERE agent_id = ? AND candidate_id = ? AND status = 'open'`);
  const openProposals = db.prepare<[], { agent_id: string; candidate_id: string; scorecards: number }>(
    `SELECT p.agent_id, p.candidate_id, (SELECT COUNT(*) FROM report_scorecards r WHERE r.own_agent_id = p.agent_id) AS scorecards
     FROM agent_match_proposals p JOIN agents a ON a.id = p.agent_id JOIN agents c ON c.id = p.candidate_id
     WHERE p.status = 'open' AND a.merged_into IS NULL AND c.merged_into IS NULL ORDER BY p.proposed_at, p.agent_id`,
  );
  return {
    scorecardIdsOf: (agentId: string) => scorecardsOf.all(agentId).map((r) => r.id),
    /** This install's scorecards (and their interactions) move to another agent. */
    moveScorecards(ids: readonly string[], to: string): void {
      const params = { ids: JSON.stringify(ids), to };
      moveInteractions.run(params);
      moveScorecards.run(params);
    },
    insertMerge: (m: MergeRecord) => void insertMerge.run({ ...m, movedScorecards: JSON.stringify(m.movedScorecards) }),
    merge: (id: string): MergeRecord | null => {
      const row = mergeById.get(id);
      return row ? toMerge(row) : null;
    },
    merges: () => merges.all().map(toMerge),
    markUndone: (id: string, at: string) => undo.run(at, id).changes === 1,
    propose: (agentId: string, candidateId: string, at: string) => void propose.run(agentId, candidateId, at),
    decide: (agentId: string, candidateId: string, status: 'confirmed' | 'kept_apart', at: string) =>
      decide.run(status, at, agentId, candidateId).changes === 1,
    openProposals: () => openProposals.all().map((r) => ({ agentId: r.agent_id, candidateId: r.candidate_id, scorecards: r.scorecards })),
  };
}
export type AgentIdentityStore = ReturnType<typeof createAgentIdentityStore>;
