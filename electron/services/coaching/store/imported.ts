import type Database from 'better-sqlite3';
import { CoachingSessionDocument } from '../../../../shared/coaching/document';

export interface ImportedSessionRow {
  sessionId: string;
  revision: number;
  coachId: string;
  coachName: string;
  agentId: string;
  agentName: string;
  heldOn: string;
  followUpOn: string | null;
  completedAt: string;
}

export interface ImportedActionRow {
  actionId: string;
  sessionId: string;
  coachId: string;
  coachName: string;
  agentName: string;
  what: string;
  owner: string;
  dueOn: string;
  status: 'open' | 'done' | 'dropped';
}

/**
 * Colleagues' coaching sessions as read from shares (migration 009): the
 * latest revision of each session, and the latest known state of each action
 * (an action agreed in one session may be marked done in a later one).
 * Read-only: nothing here is ever edited, only replaced by a newer revision.
 */
export function createImportedSessionsStore(db: Database.Database) {
  const revisionOf = db.prepare<[string], { revision: number }>('SELECT revision FROM imported_coaching_sessions WHERE session_id = ?');
  const upsert = db.prepare(
    `INSERT INTO imported_coaching_sessions (session_id, revision, install_id, coach_id, coach_name, agent_id, agent_name, agent_team, held_on, follow_up_on,
       completed_at, body, imported_at)
     VALUES (@sessionId, @revision, @installId, @coachId, @coachName, @agentId, @agentName, @agentTeam, @heldOn, @followUpOn, @completedAt, @body, @at)
     ON CONFLICT (session_id) DO UPDATE SET revision = excluded.revision, install_id = excluded.install_id, coach_id = excluded.coach_id,
       coach_name = excluded.coach_name, agent_id = excluded.agent_id, agent_name = excluded.agent_name, agent_team = excluded.agent_team,
       held_on = excluded.held_on, follow_up_on = excluded.follow_up_on, completed_at = excluded.completed_at, body = excluded.body,
       imported_at = excluded.imported_at`,
  );
  const actionSeen = db.prepare<[string], { seen_at: string }>('SELECT seen_at FROM imported_coaching_actions WHERE action_id = ?');
  const upsertAction = db.prepare(
    `INSERT INTO imported_coaching_actions (action_id, session_id, coach_id, coach_name, agent_name, what, owner, due_on, status, seen_at)
     VALUES (@actionId, @sessionId, @coachId, @coachName, @agentName, @what, @owner, @dueOn, @status, @seenAt)
     ON CONFLICT (action_id) DO UPDATE SET session_id = excluded.session_id, coach_id = excluded.coach_id, coach_name = excluded.coach_name,
       agent_name = excluded.agent_name, what = excluded.what, owner = excluded.owner, due_on = excluded.due_on, status = excluded.status,
       seen_at = excluded.seen_at`,
  );
  const sessions = db.prepare<[], ImportedSessionRow>(
    `SELECT session_id AS sessionId, revision, coach_id AS coachId, coach_name AS coachName, agent_id AS agentId, agent_name AS agentName,
       held_on AS heldOn, follow_up_on AS followUpOn, completed_at AS completedAt FROM imported_coaching_sessions ORDER BY held_on DESC`,
  );
  const actions = db.prepare<[], ImportedActionRow>(
    `SELECT action_id AS actionId, session_id AS sessionId, coach_id AS coachId, coach_name AS coachName, agent_name AS agentName, what, owner,
       due_on AS dueOn, status FROM imported_coaching_actions`,
  );
  const body = db.prepare<[string], { body: string }>('SELECT body FROM imported_coaching_sessions WHERE session_id = ?');
  return {
    /** Keeps a colleague's session revision when it is newer than the one kept; its actions when this is their latest news. */
    keep(doc: CoachingSessionDocument, body: string, at: string): void {
      const kept = revisionOf.get(doc.sessionId)?.revision ?? 0;
      if (doc.revision <= kept) return;
      upsert.run({
        sessionId: doc.sessionId,
        revision: doc.revision,
        installId: doc.origin.installId,
        coachId: doc.coach.id,
        coachName: doc.coach.name,
        agentId: doc.agent.id,
        agentName: doc.agent.name,
        agentTeam: doc.agent.team,
        heldOn: doc.heldOn,
        followUpOn: doc.plan.followUpOn,
        completedAt: doc.completedAt,
        body,
        at,
      });
      // Which document is the latest news of an action: the later session, then the later completion.
      const seenAt = `${doc.heldOn}|${doc.completedAt}`;
      for (const a of doc.actions) {
        if (a.dueOn === null) continue;
        const seen = actionSeen.get(a.id)?.seen_at;
        if (seen !== undefined && seen > seenAt) continue;
        upsertAction.run({ actionId: a.id, sessionId: a.sessionId, coachId: doc.coach.id, coachName: doc.coach.name, agentName: doc.agent.name, what: a.what, owner: a.owner, dueOn: a.dueOn, status: a.status, seenAt });
      }
    },
    sessions: (): ImportedSessionRow[] => sessions.all(),
    actions: (): ImportedActionRow[] => actions.all(),
    document(sessionId: string): CoachingSessionDocument | null {
      const row = body.get(sessionId);
      return row ? CoachingSessionDocument.parse(JSON.parse(row.body)) : null;
    },
  };
}
export type ImportedSessionsStore = ReturnType<typeof createImportedSessionsStore>;
