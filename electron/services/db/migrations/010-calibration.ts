import type { Migration } from '../migrate';

/**
 * Calibration sessions (issue 10, docs/calibration.md).
 *
 * - `scorecards.calibration_session_id`: set on a calibration scorecard, null
 *   on every other. It is the flag reports, lists and exports filter on: a
 *   calibration scorecard is scored like any other but is never sent as a
 *   scorecard, and counts in no report (its answers travel as calibration
 *   documents, only once the session opens).
 * - `calibration_participations`: which participant of which session a
 *   calibration scorecard of this install scores as.
 * - `calibration_documents`: every calibration document this install knows,
 *   written here or imported, one row per (kind, id, revision, writer), by
 *   session. The bytes of this install's own are kept here (a submission
 *   written here stays `held` until its session opens: only then is it frozen
 *   and sent); a colleague's are already in `imported_documents`, read from
 *   there rather than stored twice.
 * - `calibration_outcome_drafts`: the organiser's discussion notes per element,
 *   saved at each change, until published as the next outcomes revision.
 */
export const calibrationMigration: Migration = {
  version: 10,
  name: 'calibration',
  sql: `
ALTER TABLE scorecards ADD COLUMN calibration_session_id TEXT;
CREATE INDEX scorecards_by_calibration ON scorecards (calibration_session_id) WHERE calibration_session_id IS NOT NULL;

CREATE TABLE calibration_participations (
  scorecard_id TEXT PRIMARY KEY REFERENCES scorecards (id) ON DELETE CASCADE,
  session_id TEXT NOT NULL,
  participant_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (session_id, participant_key)
) STRICT;

CREATE TABLE calibration_documents (
  kind TEXT NOT NULL,
  document_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  writer TEXT NOT NULL,
  session_id TEXT NOT NULL,
  body TEXT CHECK ((own = 1) = (body IS NOT NULL)),
  content_hash TEXT NOT NULL,
  own INTEGER NOT NULL CHECK (own IN (0, 1)),
  held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),
  received_at TEXT NOT NULL,
  PRIMARY KEY (kind, document_id, revision, writer)
) STRICT;
CREATE INDEX calibration_documents_by_session ON calibration_documents (session_id, kind);
CREATE INDEX calibration_documents_held ON calibration_documents (session_id) WHERE held = 1;

CREATE TRIGGER calibration_documents_fixed BEFORE UPDATE ON calibration_documents
WHEN NEW.body IS NOT OLD.body OR NEW.content_hash IS NOT OLD.content_hash OR (OLD.held = 0 AND NEW.held = 1)
BEGIN
  SELECT RAISE(ABORT, 'a calibration document never changes once written, and a released submission is never held again');
END;

CREATE TABLE calibration_outcome_drafts (
  session_id TEXT NOT NULL,
  element_id TEXT NOT NULL,
  agreed_answer TEXT,
  note TEXT NOT NULL DEFAULT '',
  guidance TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (session_id, element_id)
) STRICT, WITHOUT ROWID;
`,
};
