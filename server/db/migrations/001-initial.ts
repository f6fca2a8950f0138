import type { Migration } from '../migrate';

/**
 * The team server's first schema (issue 14).
 *
 * - `users`, `user_teams`, `tokens`: who may do what. Tokens are stored as the
 *   SHA-256 of a 256-bit random secret, never the secret (see access/token.ts).
 * - `reviewer_bindings`: each desktop install has one reviewer id; the first
 *   push carrying it binds it to the pushing user, and from then on only that
 *   user may push documents in that reviewer's name.
 * - `document_owners`: the user who first pushed any revision of a document
 *   owns it; another user's revision of it is refused.
 * - `documents`: every kind of document, whole: the exact bytes received
 *   (`body`, what a pull hands back and what the content hashes cover) and the
 *   same as jsonb (`document`, for ad-hoc queries). UNIQUE (kind, document_id,
 *   revision) is the idempotency rule: a repeated or concurrent push cannot
 *   store twice. `seq` orders pulls; why it is safe to use as a cursor is in
 *   store/documents.ts.
 * - `scorecards`: one row of report columns per scorecard document (agent,
 *   reviewer, team, times, template version, score exact and rounded, band).
 *   A later kind (coaching sessions, calibration) gets its own facts table.
 */
export const initialMigration: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE users (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
  role text NOT NULL CHECK (role IN ('reviewer', 'team_leader', 'admin')),
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);

CREATE TABLE user_teams (
  user_id uuid NOT NULL REFERENCES users (id),
  team text NOT NULL,
  team_key text NOT NULL,
  PRIMARY KEY (user_id, team_key)
);
CREATE INDEX user_teams_team_key ON user_teams (team_key);

CREATE TABLE tokens (
  token_sha256 text PRIMARY KEY CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX tokens_user ON tokens (user_id);

CREATE TABLE reviewer_bindings (
  reviewer_id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  bound_at timestamptz NOT NULL
);
CREATE INDEX reviewer_bindings_user ON reviewer_bindings (user_id);

CREATE TABLE document_owners (
  kind text NOT NULL,
  document_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  PRIMARY KEY (kind, document_id)
);

CREATE TABLE documents (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('scorecard')),
  document_id uuid NOT NULL,
  revision integer NOT NULL CHECK (revision >= 1),
  body_sha256 text NOT NULL CHECK (body_sha256 ~ '^[0-9a-f]{64}$'),
  body text NOT NULL,
  document jsonb NOT NULL,
  team text NOT NULL,
  team_key text NOT NULL,
  pushed_by uuid NOT NULL REFERENCES users (id),
  stored_at timestamptz NOT NULL,
  UNIQUE (kind, document_id, revision)
);
CREATE INDEX documents_team_seq ON documents (team_key, seq);
CREATE INDEX documents_pushed_by_seq ON documents (pushed_by, seq);

CREATE TABLE scorecards (
  seq bigint PRIMARY KEY REFERENCES documents (seq),
  scorecard_id uuid NOT NULL,
  revision integer NOT NULL,
  completed_at timestamptz NOT NULL,
  occurred_at timestamptz NOT NULL,
  channel text NOT NULL,
  agent_id uuid NOT NULL,
  agent_name text NOT NULL,
  team text NOT NULL,
  team_key text NOT NULL,
  reviewer_id uuid NOT NULL,
  reviewer_name text NOT NULL,
  reviewer_user_id uuid NOT NULL REFERENCES users (id),
  template_id uuid NOT NULL,
  template_version_id uuid NOT NULL,
  template_version integer NOT NULL,
  template_name text NOT NULL,
  -- Null when nothing was applicable (SCORING.md: such a scorecard meets expectations, it is not zero).
  score_numerator numeric,
  score_denominator numeric,
  score_value double precision,
  score_rounded numeric,
  band_id text NOT NULL,
  band_label text NOT NULL,
  meets_target boolean NOT NULL,
  automatic_fail boolean NOT NULL,
  UNIQUE (scorecard_id, revision)
);
CREATE INDEX scorecards_team_occurred ON scorecards (team_key, occurred_at);
CREATE INDEX scorecards_agent_occurred ON scorecards (agent_id, occurred_at);
CREATE INDEX scorecards_reviewer_completed ON scorecards (reviewer_user_id, completed_at);
CREATE INDEX scorecards_completed ON scorecards (completed_at);
CREATE INDEX scorecards_template_version ON scorecards (template_version_id);

-- The current revision of each scorecard: revisions may arrive in any order, the highest one counts.
CREATE VIEW current_scorecards AS
  SELECT DISTINCT ON (scorecard_id) * FROM scorecards ORDER BY scorecard_id, revision DESC;
`,
};
