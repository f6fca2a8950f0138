import type Database from 'better-sqlite3';
import { SessionSnapshot } from '../../../../shared/coaching/document';
import { SessionPlan, type SessionStatus } from '../../../../shared/coaching/session';

export interface StoredSession {
  id: string;
  agentId: string;
  coachId: string;
  coachName: string;
  status: SessionStatus;
  revision: number;
  revisionReason: string | null;
  heldOn: string;
  plan: SessionPlan;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
}

interface Row {
  id: string;
  agent_id: string;
  coach_id: string;
  coach_name: string;
  status: SessionStatus;
  revision: number;
  revision_reason: string | null;
  held_on: string;
  plan: string;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

const toSession = (r: Row): StoredSession => ({
  id: r.id,
  agentId: r.agent_id,
  coachId: r.coach_id,
  coachName: r.coach_name,
  status: r.status,
  revision: r.revision,
  revisionReason: r.revision_reason,
  heldOn: r.held_on,
  plan: SessionPlan.parse(JSON.parse(r.plan)),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  completedAt: r.completed_at,
});

/** This install's one-to-one sessions and their completed revisions (migration 009). */
export function createSessionsStore(db: Database.Database) {
  const byId = db.prepare<[string], Row>('SELECT * FROM coaching_sessions WHERE id = ?');
  const all = db.prepare<[], Row>('SELECT * FROM coaching_sessions ORDER BY held_on DESC, created_at DESC');
  const forAgents = db.prepare<[string], Row>(
    'SELECT * FROM coaching_sessions WHERE agent_id IN (SELECT value FROM json_each(?)) ORDER BY held_on DESC, created_at DESC',
  );
  const insert = db.prepare(
    `INSERT INTO coaching_sessions (id, agent_id, coach_id, coach_name, status, revision, revision_reason, held_on, plan, created_at, updated_at, completed_at)
     VALUES (@id, @agentId, @coachId, @coachName, 'draft', 1, NULL, @heldOn, @plan, @at, @at, NULL)`,
  );
  const savePlan = db.prepare(`UPDATE coaching_sessions SET held_on = @heldOn, plan = @plan, updated_at = @at WHERE id = @id AND status = 'draft'`);
  const touch = db.prepare(`UPDATE coaching_sessions SET updated_at = @at WHERE id = @id AND status = 'draft'`);
  const complete = db.prepare(`UPDATE coaching_sessions SET status = 'completed', completed_at = @at, updated_at = @at WHERE id = @id AND status = 'draft'`);
  const reopen = db.prepare(
    `UPDATE coaching_sessions SET status = 'draft', revision = revision + 1, revision_reason = @reason, coach_id = @coachId, coach_name = @coachName,
       completed_at = NULL, updated_at = @at WHERE id = @id AND status = 'completed'`,
  );
  const restore = db.prepare(
    `UPDATE coaching_sessions SET status = 'completed', revision = @revision, revision_reason = @reason, coach_id = @coachId, coach_name = @coachName,
       held_on = @heldOn, plan = @plan, completed_at = @completedAt, updated_at = @at WHERE id = @id AND status = 'draft'`,
  );
  const remove = db.prepare(`DELETE FROM coaching_sessions WHERE id = ? AND status = 'draft'`);
  const insertRevision = db.prepare('INSERT INTO coaching_session_revisions (session_id, revision, completed_at, snapshot) VALUES (?, ?, ?, ?)');
  const revisions = db.prepare<[string], { snapshot: string }>('SELECT snapshot FROM coaching_session_revisions WHERE session_id = ? ORDER BY revision');
  const revision = db.prepare<[string, number], { snapshot: string }>('SELECT snapshot FROM coaching_session_revisions WHERE session_id = ? AND revision = ?');
  const parse = (text: string) => SessionSnapshot.parse(JSON.parse(text));
  return {
    get: (id: string): StoredSession | null => {
      const row = byId.get(id);
      return row ? toSession(row) : null;
    },
    all: (): StoredSession[] => all.all().map(toSession),
    /** Newest first, for any of these agents (an agent and those merged into them). */
    forAgents: (agentIds: readonly string[]): StoredSession[] => forAgents.all(JSON.stringify(agentIds)).map(toSession),
    insert: (s: { id: string; agentId: string; coachId: string; coachName: string; heldOn: string; plan: SessionPlan; at: string }) =>
      void insert.run({ ...s, plan: JSON.stringify(s.plan) }),
    savePlan: (id: string, heldOn: string, plan: SessionPlan, at: string) => void savePlan.run({ id, heldOn, plan: JSON.stringify(plan), at }),
    touch: (id: string, at: string) => void touch.run({ id, at }),
    complete: (id: string, snapshot: SessionSnapshot) => {
      insertRevision.run(id, snapshot.revision, snapshot.completedAt, JSON.stringify(snapshot));
      complete.run({ id, at: snapshot.completedAt });
    },
    reopen: (id: string, change: { reason: string; coachId: string; coachName: string; at: string }) => void reopen.run({ id, ...change }),
    /** Back to a completed revision as it was frozen (a discarded later draft). */
    restore: (id: string, s: SessionSnapshot, at: string) =>
      void restore.run({
        id,
        revision: s.revision,
        reason: s.revisionReason,
        coachId: s.coach.id,
        coachName: s.coach.name,
        heldOn: s.heldOn,
        plan: JSON.stringify(s.plan),
        completedAt: s.completedAt,
        at,
      }),
    removeDraft: (id: string) => void remove.run(id),
    revisions: (id: string): SessionSnapshot[] => revisions.all(id).map((r) => parse(r.snapshot)),
    revision: (id: string, n: number): SessionSnapshot | null => {
      const row = revision.get(id, n);
      return row ? parse(row.snapshot) : null;
    },
  };
}
export type SessionsStore = ReturnType<typeof createSessionsStore>;
