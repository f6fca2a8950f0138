import type Database from 'better-sqlite3';
import type { ActionStatus, SessionAction } from '../../../../shared/coaching/action';

interface Row {
  id: string;
  session_id: string;
  agent_id: string;
  what: string;
  owner: string;
  due_on: string | null;
  status: ActionStatus;
  status_on: string | null;
}

/** An action with the session facts the home and carry-over need. */
export interface ActionWithSession extends SessionAction {
  agentId: string;
  agreedOn: string;
  sessionStatus: 'draft' | 'completed';
  coachId: string;
  coachName: string;
}

const toAction = (r: Row): SessionAction => ({ id: r.id, sessionId: r.session_id, what: r.what, owner: r.owner, dueOn: r.due_on, status: r.status, statusOn: r.status_on });

const WITH_SESSION = `SELECT a.*, s.held_on AS agreed_on, s.status AS session_status, s.coach_id, s.coach_name
  FROM coaching_actions a JOIN coaching_sessions s ON s.id = a.session_id`;

/** Agreed actions (migration 009): each belongs to the agent and to the session it was agreed in. */
export function createActionsStore(db: Database.Database) {
  const byId = db.prepare<[string], Row & { agent_id: string }>('SELECT * FROM coaching_actions WHERE id = ?');
  const forSession = db.prepare<[string], Row>('SELECT * FROM coaching_actions WHERE session_id = ? ORDER BY position, created_at');
  const nextPosition = db.prepare<[string], { n: number }>('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM coaching_actions WHERE session_id = ?');
  const insert = db.prepare(
    `INSERT INTO coaching_actions (id, session_id, agent_id, position, what, owner, due_on, status, status_on, created_at, updated_at)
     VALUES (@id, @sessionId, @agentId, @position, @what, @owner, @dueOn, 'open', NULL, @at, @at)`,
  );
  const update = db.prepare('UPDATE coaching_actions SET what = @what, owner = @owner, due_on = @dueOn, updated_at = @at WHERE id = @id AND session_id = @sessionId');
  const remove = db.prepare('DELETE FROM coaching_actions WHERE id = ? AND session_id = ?');
  const setStatus = db.prepare('UPDATE coaching_actions SET status = @status, status_on = @statusOn, updated_at = @at WHERE id = @id');
  const withSession = db.prepare<[], Row & { agreed_on: string; session_status: 'draft' | 'completed'; coach_id: string; coach_name: string }>(
    `${WITH_SESSION} ORDER BY s.held_on, a.position`,
  );
  const ofAgents = db.prepare<[string], Row & { agreed_on: string; session_status: 'draft' | 'completed'; coach_id: string; coach_name: string }>(
    `${WITH_SESSION} WHERE a.agent_id IN (SELECT value FROM json_each(?)) ORDER BY s.held_on, a.position`,
  );
  const toFull = (r: Row & { agreed_on: string; session_status: 'draft' | 'completed'; coach_id: string; coach_name: string }): ActionWithSession => ({
    ...toAction(r),
    agentId: r.agent_id,
    agreedOn: r.agreed_on,
    sessionStatus: r.session_status,
    coachId: r.coach_id,
    coachName: r.coach_name,
  });
  return {
    get: (id: string): (SessionAction & { agentId: string }) | null => {
      const row = byId.get(id);
      return row ? { ...toAction(row), agentId: row.agent_id } : null;
    },
    forSession: (sessionId: string): SessionAction[] => forSession.all(sessionId).map(toAction),
    /** Adds the action at the end of its session, or changes its words; its status is left alone. */
    save(a: { id: string; sessionId: string; agentId: string; what: string; owner: string; dueOn: string | null }, at: string, exists: boolean): void {
      if (exists) update.run({ ...a, at });
      else insert.run({ ...a, position: nextPosition.get(a.sessionId)?.n ?? 0, at });
    },
    remove: (sessionId: string, id: string) => void remove.run(id, sessionId),
    setStatus: (id: string, status: ActionStatus, statusOn: string | null, at: string) => void setStatus.run({ id, status, statusOn, at }),
    all: (): ActionWithSession[] => withSession.all().map(toFull),
    ofAgents: (agentIds: readonly string[]): ActionWithSession[] => ofAgents.all(JSON.stringify(agentIds)).map(toFull),
  };
}
export type ActionsStore = ReturnType<typeof createActionsStore>;
