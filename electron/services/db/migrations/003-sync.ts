import type { Migration } from '../migrate';

/**
 * Sync targets, the persistent outbox and what was read back from shared folders (issue 4).
 *
 * - `export_documents` freezes the exact bytes of each completed revision when it
 *   is completed (with or without targets), so a retry days later (after an app
 *   update or an agent's rename) sends the same bytes, and an identical file
 *   already in a folder is recognised as delivered. Documents are kept for good:
 *   a target added later, or a share added again, gets those same bytes.
 * - `outbox` has one row per target and revision (UNIQUE: never queued twice).
 * - `share_files` remembers every file name seen in a share, so a second import
 *   over 100 000 files reads none of them again; names, not modification times,
 *   are the cursor (files that arrive late with old mtimes were missed: joplin 6517).
 * - `imported_scorecards` are colleagues' scorecards, read-only by trigger. Each
 *   keeps its document without the embedded template content, which is stored
 *   once per template version in `imported_templates` (it is three quarters of
 *   a document: 100 000 imports would otherwise hold 100 000 copies of it).
 */
export const syncMigration: Migration = {
  version: 3,
  name: 'sync',
  sql: `
CREATE TABLE sync_targets (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('folder', 'server')),
  config TEXT NOT NULL,
  share_id TEXT,
  enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  created_at TEXT NOT NULL,
  last_success_at TEXT,
  last_error TEXT,
  last_error_at TEXT,
  CHECK ((kind = 'folder') = (share_id IS NOT NULL))
) STRICT;

CREATE TABLE export_documents (
  scorecard_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  relative_path TEXT NOT NULL,
  body TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (scorecard_id, revision)
) STRICT;

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  target_id TEXT NOT NULL REFERENCES sync_targets (id) ON DELETE CASCADE,
  scorecard_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_attempt_at TEXT,
  last_error TEXT,
  sent_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (target_id, scorecard_id, revision)
) STRICT;
CREATE INDEX outbox_due ON outbox (target_id, state, next_attempt_at, id);
CREATE INDEX outbox_by_scorecard ON outbox (scorecard_id, revision);

CREATE TABLE share_files (
  share_id TEXT NOT NULL,
  relative_path TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'own', 'skipped')),
  reason TEXT NOT NULL DEFAULT '',
  size_bytes INTEGER,
  mtime_ms INTEGER,
  checked_at TEXT NOT NULL,
  PRIMARY KEY (share_id, relative_path)
) STRICT, WITHOUT ROWID;
CREATE INDEX share_files_skipped ON share_files (share_id, outcome, relative_path);

CREATE TABLE imported_templates (
  content_hash TEXT PRIMARY KEY,
  content TEXT NOT NULL
) STRICT;

CREATE TABLE imported_scorecards (
  scorecard_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  content_hash TEXT NOT NULL,
  share_id TEXT NOT NULL,
  target_id TEXT,
  relative_path TEXT NOT NULL,
  origin_install_id TEXT NOT NULL,
  reviewer_id TEXT NOT NULL,
  reviewer_name TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  agent_name TEXT NOT NULL,
  agent_team TEXT NOT NULL,
  template_name TEXT NOT NULL,
  template_version_id TEXT NOT NULL,
  template_content_hash TEXT NOT NULL REFERENCES imported_templates (content_hash),
  channel TEXT NOT NULL,
  reference TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  completed_at TEXT NOT NULL,
  score_rounded REAL,
  band_label TEXT NOT NULL,
  automatic_fail INTEGER NOT NULL CHECK (automatic_fail IN (0, 1)),
  document TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  PRIMARY KEY (scorecard_id, revision)
) STRICT;
CREATE INDEX imported_by_time ON imported_scorecards (occurred_at DESC, scorecard_id);
CREATE INDEX imported_by_agent ON imported_scorecards (agent_id, occurred_at DESC);
CREATE INDEX imported_by_target ON imported_scorecards (target_id, occurred_at DESC);

CREATE TRIGGER imported_scorecards_read_only BEFORE UPDATE ON imported_scorecards
WHEN NEW.document IS NOT OLD.document OR NEW.content_hash IS NOT OLD.content_hash
BEGIN
  SELECT RAISE(ABORT, 'an imported scorecard is read-only: its author changes it with a new revision');
END;

CREATE TABLE import_runs (
  target_id TEXT PRIMARY KEY REFERENCES sync_targets (id) ON DELETE CASCADE,
  report TEXT NOT NULL
) STRICT;
`,
};
