import type { Migration } from '../migrate';

/**
 * Recordings, playback position, live clock and timestamped notes (issue 3).
 * A recording row is a reference (path, size, hash), never the audio. Rows hang
 * off their interaction or scorecard with ON DELETE CASCADE, so discarding a
 * draft takes them along. Notes of a completed scorecard are read-only whatever
 * code runs, like its answers (001-core); during a cascade the scorecard row is
 * already gone, so the triggers let a deletion of the whole scorecard through.
 */
export const mediaMigration: Migration = {
  version: 2,
  name: 'media',
  sql: `
CREATE TABLE recordings (
  interaction_id TEXT PRIMARY KEY REFERENCES interactions (id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  file_name TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  modified_ms INTEGER NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  format TEXT NOT NULL,
  format_label TEXT NOT NULL,
  duration_seconds REAL CHECK (duration_seconds IS NULL OR duration_seconds >= 0),
  sample_rate INTEGER,
  channels INTEGER,
  attached_at TEXT NOT NULL
) STRICT;
CREATE INDEX recordings_by_sha256 ON recordings (sha256);

CREATE TABLE notes (
  id TEXT PRIMARY KEY,
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
  element_id TEXT,
  at_seconds REAL NOT NULL CHECK (at_seconds >= 0),
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX notes_by_time ON notes (scorecard_id, at_seconds, created_at, id);

CREATE TRIGGER notes_locked_insert BEFORE INSERT ON notes
WHEN (SELECT status FROM scorecards WHERE id = NEW.scorecard_id) = 'completed'
BEGIN
  SELECT RAISE(ABORT, 'a completed scorecard is read-only');
END;
CREATE TRIGGER notes_locked_update BEFORE UPDATE ON notes
WHEN (SELECT status FROM scorecards WHERE id = OLD.scorecard_id) = 'completed'
  OR (SELECT status FROM scorecards WHERE id = NEW.scorecard_id) = 'completed'
BEGIN
  SELECT RAISE(ABORT, 'a completed scorecard is read-only');
END;
CREATE TRIGGER notes_locked_delete BEFORE DELETE ON notes
WHEN (SELECT status FROM scorecards WHERE id = OLD.scorecard_id) = 'completed'
BEGIN
  SELECT RAISE(ABORT, 'a completed scorecard is read-only');
END;

-- Each completed revision keeps the notes it was completed with (revisions can be reopened: reviews.revise).
CREATE TABLE note_revisions (
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  notes TEXT NOT NULL CHECK (json_valid(notes)),
  PRIMARY KEY (scorecard_id, revision)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER note_revisions_append_only BEFORE UPDATE ON note_revisions
BEGIN
  SELECT RAISE(ABORT, 'the notes of a completed revision never change');
END;

-- Discarding a revision's draft puts the scorecard back to its last completed revision (reviews.discardDraft);
-- its notes go back with it, from that revision's snapshot, whichever code path does the restoring.
CREATE TRIGGER notes_follow_restored_revision BEFORE UPDATE OF status ON scorecards
WHEN OLD.status = 'draft' AND NEW.status = 'completed' AND NEW.revision < OLD.revision
  AND EXISTS (SELECT 1 FROM note_revisions WHERE scorecard_id = NEW.id AND revision = NEW.revision)
BEGIN
  DELETE FROM notes WHERE scorecard_id = NEW.id;
  INSERT INTO notes (id, scorecard_id, element_id, at_seconds, text, created_at, updated_at)
    SELECT json_extract(value, '$.id'), NEW.id, json_extract(value, '$.elementId'), json_extract(value, '$.atSeconds'),
      json_extract(value, '$.text'), json_extract(value, '$.createdAt'), json_extract(value, '$.updatedAt')
    FROM json_each((SELECT notes FROM note_revisions WHERE scorecard_id = NEW.id AND revision = NEW.revision));
END;

CREATE TABLE playback_positions (
  scorecard_id TEXT PRIMARY KEY REFERENCES scorecards (id) ON DELETE CASCADE,
  position_seconds REAL NOT NULL CHECK (position_seconds >= 0),
  speed REAL NOT NULL CHECK (speed BETWEEN 0.5 AND 2),
  updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE live_clocks (
  scorecard_id TEXT PRIMARY KEY REFERENCES scorecards (id) ON DELETE CASCADE,
  accumulated_ms INTEGER NOT NULL CHECK (accumulated_ms >= 0),
  running_since TEXT,
  updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`,
};
