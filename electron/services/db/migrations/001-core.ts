import type { Migration } from '../migrate';

/**
 * The core tables. Scorecards carry a copy of their score summary (score, band,
 * provisional, automatic fail) and the interaction's time, so the reviews list
 * stays a single indexed query with 100 000 scorecards. Triggers make the two
 * promises of SCORING.md rule 8 hold whatever code runs: a template version never
 * changes, a completed scorecard's answers are read-only, and its revision history
 * is append-only.
 */
export const coreMigration: Migration = {
  version: 1,
  name: 'core',
  sql: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE agents (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  team TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX agents_by_name ON agents (name COLLATE NOCASE);

CREATE TABLE templates (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE template_versions (
  id TEXT PRIMARY KEY,
  template_id TEXT NOT NULL REFERENCES templates (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  content TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (template_id, version)
) STRICT;

CREATE TRIGGER template_versions_immutable BEFORE UPDATE ON template_versions
BEGIN
  SELECT RAISE(ABORT, 'a template version never changes: save a new version instead');
END;

CREATE TABLE interactions (
  id TEXT PRIMARY KEY,
  agent_id TEXT NOT NULL REFERENCES agents (id),
  channel TEXT NOT NULL CHECK (channel IN ('phone', 'face_to_face', 'email', 'web_chat')),
  occurred_at TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  duration_seconds INTEGER,
  customer_name TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE scorecards (
  id TEXT PRIMARY KEY,
  interaction_id TEXT NOT NULL REFERENCES interactions (id),
  agent_id TEXT NOT NULL REFERENCES agents (id),
  template_version_id TEXT NOT NULL REFERENCES template_versions (id),
  reviewer_id TEXT NOT NULL,
  reviewer_name TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'completed')),
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  revision_reason TEXT,
  occurred_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  completed_at TEXT,
  score_rounded REAL,
  band_id TEXT NOT NULL DEFAULT '',
  band_label TEXT NOT NULL DEFAULT '',
  meets_target INTEGER NOT NULL DEFAULT 0,
  provisional INTEGER NOT NULL DEFAULT 1,
  automatic_fail INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX scorecards_by_time ON scorecards (occurred_at DESC, id);
CREATE INDEX scorecards_by_agent ON scorecards (agent_id, occurred_at DESC, id);
CREATE INDEX scorecards_by_status ON scorecards (status, occurred_at DESC, id);

CREATE TABLE answers (
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
  element_id TEXT NOT NULL,
  value TEXT,
  comment TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (scorecard_id, element_id)
) STRICT, WITHOUT ROWID;

-- Each completed revision as it was locked. History is append-only.
CREATE TABLE scorecard_revisions (
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
  revision INTEGER NOT NULL,
  reason TEXT,
  reviewer_id TEXT NOT NULL,
  reviewer_name TEXT NOT NULL,
  completed_at TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  PRIMARY KEY (scorecard_id, revision)
) STRICT;
CREATE TRIGGER scorecard_revisions_append_only BEFORE UPDATE ON scorecard_revisions
BEGIN
  SELECT RAISE(ABORT, 'a completed revision never changes');
END;
CREATE TRIGGER scorecard_revisions_kept BEFORE DELETE ON scorecard_revisions
BEGIN
  SELECT RAISE(ABORT, 'a completed revision is never deleted');
END;

CREATE TRIGGER answers_locked_insert BEFORE INSERT ON answers
WHEN (SELECT status FROM scorecards WHERE id = NEW.scorecard_id) = 'completed'
BEGIN
  SELECT RAISE(ABORT, 'a completed scorecard is read-only');
END;
CREATE TRIGGER answers_locked_update BEFORE UPDATE ON answers
WHEN (SELECT status FROM scorecards WHERE id = OLD.scorecard_id) = 'completed'
BEGIN
  SELECT RAISE(ABORT, 'a completed scorecard is read-only');
END;
CREATE TRIGGER answers_locked_delete BEFORE DELETE ON answers
WHEN (SELECT status FROM scorecards WHERE id = OLD.scorecard_id) = 'completed'
BEGIN
  SELECT RAISE(ABORT, 'a completed scorecard is read-only');
END;
`,
};
