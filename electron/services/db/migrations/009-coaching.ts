import type { Migration } from '../migrate';

/**
 * Overall feedback on scorecards and the coach's workspace (issue 8).
 *
 * - `scorecard_feedback`: a scorecard's "What went well" and "What to work
 *   on" as they stand; read-only while the scorecard is completed, as answers
 *   are (a completed revision keeps its feedback in its snapshot).
 * - `coaching_evidence`: the moments a coach may play or quote, kept with the
 *   revision of each counted scorecard (this install's and colleagues'): its
 *   timestamped notes and the comments on elements not met. Read joined with
 *   `report_scorecards`, so merges, periods and "latest revision" are the
 *   reports' own.
 * - `coaching_sessions`: one-to-one sessions, a draft or completed, with the
 *   plan as JSON (period, focus, talking points, evidence picked, the agent's
 *   view, follow-up, acknowledgement); `coaching_session_revisions` each
 *   completed revision as it was locked, append-only.
 * - `coaching_actions`: agreed actions. They belong to the agent and outlive
 *   the session they were agreed in: an open one carries over to the next.
 * - `imported_coaching_sessions` / `imported_coaching_actions`: colleagues'
 *   sessions (the latest revision of each) and the latest known state of their
 *   actions, read-only, for a team leader's Coaching home.
 */
export const coachingMigration: Migration = {
  version: 9,
  name: 'coaching',
  sql: `
CREATE TABLE scorecard_feedback (
  scorecard_id TEXT PRIMARY KEY REFERENCES scorecards (id) ON DELETE CASCADE,
  went_well TEXT NOT NULL DEFAULT '',
  work_on TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TRIGGER scorecard_feedback_locked_insert BEFORE INSERT ON scorecard_feedback
WHEN (SELECT status FROM scorecards WHERE id = NEW.scorecard_id) = 'completed'
BEGIN
  SELECT RAISE(ABORT, 'a completed scorecard is read-only');
END;
CREATE TRIGGER scorecard_feedback_locked_update BEFORE UPDATE ON scorecard_feedback
WHEN (SELECT status FROM scorecards WHERE id = OLD.scorecard_id) = 'completed'
BEGIN
  SELECT RAISE(ABORT, 'a completed scorecard is read-only');
END;

CREATE TABLE coaching_evidence (
  scorecard_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  position INTEGER NOT NULL,
  id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('note', 'comment')),
  element_id TEXT,
  answer TEXT,
  missed INTEGER NOT NULL CHECK (missed IN (0, 1)),
  at_seconds REAL,
  text TEXT NOT NULL,
  PRIMARY KEY (scorecard_id, revision, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE coaching_sessions (
  id TEXT PRIMARY KEY,
  agent_id TEXT NOT NULL REFERENCES agents (id),
  coach_id TEXT NOT NULL,
  coach_name TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'completed')),
  revision INTEGER NOT NULL CHECK (revision >= 1),
  revision_reason TEXT,
  held_on TEXT NOT NULL,
  plan TEXT NOT NULL CHECK (json_valid(plan)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  completed_at TEXT
) STRICT;
CREATE INDEX coaching_sessions_by_agent ON coaching_sessions (agent_id, held_on);

CREATE TABLE coaching_session_revisions (
  session_id TEXT NOT NULL REFERENCES coaching_sessions (id),
  revision INTEGER NOT NULL CHECK (revision >= 1),
  completed_at TEXT NOT NULL,
  snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
  PRIMARY KEY (session_id, revision)
) STRICT;
CREATE TRIGGER coaching_session_revisions_append_only BEFORE UPDATE ON coaching_session_revisions
BEGIN
  SELECT RAISE(ABORT, 'a completed session revision never changes');
END;
CREATE TRIGGER coaching_session_revisions_kept BEFORE DELETE ON coaching_session_revisions
BEGIN
  SELECT RAISE(ABORT, 'a completed session revision is never deleted');
END;

CREATE TABLE coaching_actions (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES coaching_sessions (id) ON DELETE CASCADE,
  agent_id TEXT NOT NULL REFERENCES agents (id),
  position INTEGER NOT NULL,
  what TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_on TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
  status_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX coaching_actions_by_session ON coaching_actions (session_id, position);
CREATE INDEX coaching_actions_by_agent ON coaching_actions (agent_id, status);

CREATE TABLE imported_coaching_sessions (
  session_id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  install_id TEXT NOT NULL,
  coach_id TEXT NOT NULL,
  coach_name TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  agent_name TEXT NOT NULL,
  agent_team TEXT NOT NULL,
  held_on TEXT NOT NULL,
  follow_up_on TEXT,
  completed_at TEXT NOT NULL,
  body TEXT NOT NULL CHECK (json_valid(body)),
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX imported_coaching_sessions_by_agent ON imported_coaching_sessions (agent_id, held_on);

CREATE TABLE imported_coaching_actions (
  action_id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  coach_id TEXT NOT NULL,
  coach_name TEXT NOT NULL,
  agent_name TEXT NOT NULL,
  what TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
  seen_at TEXT NOT NULL
) STRICT;
`,
};
