import type { Migration } from '../migrate';

/**
 * Sync by document kind (issue 15): what was keyed by scorecard is keyed by
 * (kind, document id, revision), so coaching sessions, calibration and
 * published templates travel the same outbox, shares and imports. Every row
 * written by 0.1.0 is kept, as kind 'scorecard'; paths stay relative to the
 * kind's folder, so nothing in a share moves.
 *
 * - `export_documents` and `outbox` gain `kind` and `document_id`; `writer` is
 *   this install's id for kinds several installs may write, '' otherwise.
 * - `share_files` becomes `import_entries`: what was seen, per import source
 *   (a share's id today; a server's later) and kind.
 * - `imported_documents` holds every document read from colleagues, of any
 *   kind, read-only, with where it came from. A scorecard keeps its template
 *   once per version (`imported_templates`, unchanged).
 * - `imported_scorecards` is now only the Team list's projection of the
 *   scorecards among them, filled by an import hook.
 * - `import_cursors`: where a source that counts (a server's `since`) resumes.
 */
export const documentKindsMigration: Migration = {
  version: 4,
  name: 'document-kinds',
  sql: `
CREATE TABLE export_documents_by_kind (
  kind TEXT NOT NULL,
  document_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  writer TEXT NOT NULL DEFAULT '',
  relative_path TEXT NOT NULL,
  body TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (kind, document_id, revision)
) STRICT;
INSERT INTO export_documents_by_kind (kind, document_id, revision, relative_path, body, content_hash, created_at)
  SELECT 'scorecard', scorecard_id, revision, relative_path, body, content_hash, created_at FROM export_documents;
DROP TABLE export_documents;
ALTER TABLE export_documents_by_kind RENAME TO export_documents;

CREATE TABLE outbox_by_kind (
  id INTEGER PRIMARY KEY,
  target_id TEXT NOT NULL REFERENCES sync_targets (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  document_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_attempt_at TEXT,
  last_error TEXT,
  sent_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (target_id, kind, document_id, revision)
) STRICT;
INSERT INTO outbox_by_kind (id, target_id, kind, document_id, revision, state, attempts, next_attempt_at, last_attempt_at, last_error, sent_at, created_at)
  SELECT id, target_id, 'scorecard', scorecard_id, revision, state, attempts, next_attempt_at, last_attempt_at, last_error, sent_at, created_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_by_kind RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (target_id, state, next_attempt_at, id);
CREATE INDEX outbox_by_document ON outbox (kind, document_id, revision);

CREATE TABLE import_entries (
  source_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  relative_path TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'own', 'skipped')),
  reason TEXT NOT NULL DEFAULT '',
  size_bytes INTEGER,
  mtime_ms INTEGER,
  checked_at TEXT NOT NULL,
  PRIMARY KEY (source_id, kind, relative_path)
) STRICT, WITHOUT ROWID;
INSERT INTO import_entries (source_id, kind, relative_path, outcome, reason, size_bytes, mtime_ms, checked_at)
  SELECT share_id, 'scorecard', relative_path, outcome, reason, size_bytes, mtime_ms, checked_at FROM share_files;
DROP TABLE share_files;
CREATE INDEX import_entries_skipped ON import_entries (source_id, outcome, kind, relative_path);

CREATE TABLE imported_documents (
  kind TEXT NOT NULL,
  document_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  writer TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL,
  source_id TEXT NOT NULL,
  target_id TEXT,
  relative_path TEXT NOT NULL,
  origin_install_id TEXT NOT NULL,
  body TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  PRIMARY KEY (kind, document_id, revision, writer)
) STRICT;
INSERT INTO imported_documents (kind, document_id, revision, content_hash, source_id, target_id, relative_path, origin_install_id, body, imported_at)
  SELECT 'scorecard', scorecard_id, revision, content_hash, share_id, target_id, relative_path, origin_install_id, document, imported_at FROM imported_scorecards;
CREATE INDEX imported_documents_by_target ON imported_documents (target_id);

CREATE TRIGGER imported_documents_read_only BEFORE UPDATE ON imported_documents
WHEN NEW.body IS NOT OLD.body OR NEW.content_hash IS NOT OLD.content_hash OR NEW.kind IS NOT OLD.kind
  OR NEW.document_id IS NOT OLD.document_id OR NEW.revision IS NOT OLD.revision OR NEW.writer IS NOT OLD.writer
BEGIN
  SELECT RAISE(ABORT, 'an imported document is read-only: its author changes it with a new revision');
END;

CREATE TABLE imported_scorecards_list (
  scorecard_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
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
  PRIMARY KEY (scorecard_id, revision)
) STRICT;
INSERT INTO imported_scorecards_list
  SELECT scorecard_id, revision, reviewer_id, reviewer_name, agent_id, agent_name, agent_team, template_name, template_version_id, template_content_hash,
         channel, reference, occurred_at, completed_at, score_rounded, band_label, automatic_fail FROM imported_scorecards;
DROP TABLE imported_scorecards;
ALTER TABLE imported_scorecards_list RENAME TO imported_scorecards;
CREATE INDEX imported_by_time ON imported_scorecards (occurred_at DESC, scorecard_id);
CREATE INDEX imported_by_agent ON imported_scorecards (agent_id, occurred_at DESC);

CREATE TRIGGER imported_scorecards_read_only BEFORE UPDATE ON imported_scorecards
BEGIN
  SELECT RAISE(ABORT, 'an imported scorecard is read-only: its author changes it with a new revision');
END;

CREATE TABLE import_cursors (
  source_id TEXT PRIMARY KEY,
  cursor TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`,
};
