import type { Migration } from '../migrate';

/**
 * One agent across installs, scores stored rather than recomputed, and the
 * pre-aggregated facts reports read (issue 7).
 *
 * - `agents` gain an optional organisation key (employee number or e-mail),
 *   unique when set whatever its case; `merged_into` when merged into another
 *   agent (kept, so the merge can be undone); `from_colleague` when the agent
 *   was first seen on a colleague's scorecard.
 * - `agent_links`: a colleague's agent id attached to a local agent by key.
 * - `agent_merges` records each merge and which local scorecards moved, so it
 *   can be undone exactly; `agent_match_proposals` the name-and-team matches
 *   put to the user, never applied without them.
 * - `scorecard_scores` / `scorecard_section_scores`: each completed revision's
 *   exact score (fractions as decimal text), band and automatic fail, stored
 *   when completed here or imported, so lists, CSV and reports read them.
 * - `report_scorecards`: the revision each scorecard counts with (its latest
 *   completed one), with the dimensions reports filter on; `report_versions`
 *   the template versions they were scored against.
 * - `scorecards_by_time_ascending`: the CSV export's order.
 * - `report_element_days` / `report_element_months`: per agent, local day (or
 *   month), template version and source, each element's answered, met, not
 *   met, not applicable and points, packed in template order (see
 *   reports/element-counts.ts): a month of 200 agents is a few hundred rows.
 */
export const reportsMigration: Migration = {
  version: 6,
  name: 'reports',
  sql: `
ALTER TABLE agents ADD COLUMN organisation_key TEXT;
ALTER TABLE agents ADD COLUMN merged_into TEXT REFERENCES agents (id);
ALTER TABLE agents ADD COLUMN from_colleague INTEGER NOT NULL DEFAULT 0 CHECK (from_colleague IN (0, 1));
CREATE UNIQUE INDEX agents_by_organisation_key ON agents (lower(organisation_key)) WHERE organisation_key IS NOT NULL;

CREATE TABLE agent_links (
  foreign_id TEXT PRIMARY KEY,
  agent_id TEXT NOT NULL REFERENCES agents (id),
  linked_at TEXT NOT NULL
) STRICT;

CREATE TABLE agent_merges (
  id TEXT PRIMARY KEY,
  from_agent_id TEXT NOT NULL REFERENCES agents (id),
  into_agent_id TEXT NOT NULL REFERENCES agents (id),
  moved_key TEXT,
  moved_scorecards TEXT NOT NULL CHECK (json_valid(moved_scorecards)),
  merged_at TEXT NOT NULL,
  undone_at TEXT,
  CHECK (from_agent_id <> into_agent_id)
) STRICT;
CREATE INDEX agent_merges_by_time ON agent_merges (merged_at DESC);

CREATE TABLE agent_match_proposals (
  agent_id TEXT NOT NULL REFERENCES agents (id),
  candidate_id TEXT NOT NULL REFERENCES agents (id),
  status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'kept_apart')),
  proposed_at TEXT NOT NULL,
  decided_at TEXT,
  PRIMARY KEY (agent_id, candidate_id)
) STRICT;

CREATE TABLE scorecard_scores (
  scorecard_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  source TEXT NOT NULL CHECK (source IN ('mine', 'team')),
  overall_numerator TEXT,
  overall_denominator TEXT,
  overall_value REAL,
  overall_rounded REAL,
  band_id TEXT NOT NULL,
  band_label TEXT NOT NULL,
  meets_target INTEGER NOT NULL CHECK (meets_target IN (0, 1)),
  automatic_fail INTEGER NOT NULL CHECK (automatic_fail IN (0, 1)),
  automatic_fail_elements TEXT NOT NULL CHECK (json_valid(automatic_fail_elements)),
  elements_met INTEGER NOT NULL,
  elements_not_met INTEGER NOT NULL,
  elements_not_applicable INTEGER NOT NULL,
  PRIMARY KEY (scorecard_id, revision)
) STRICT;

CREATE TABLE scorecard_section_scores (
  scorecard_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  position INTEGER NOT NULL,
  section_id TEXT NOT NULL,
  earned_numerator TEXT NOT NULL,
  earned_denominator TEXT NOT NULL,
  possible_numerator TEXT NOT NULL,
  possible_denominator TEXT NOT NULL,
  percent_numerator TEXT,
  percent_denominator TEXT,
  percent_value REAL,
  percent_rounded REAL,
  band_id TEXT NOT NULL,
  critical_fail_element TEXT,
  answered INTEGER NOT NULL,
  total INTEGER NOT NULL,
  PRIMARY KEY (scorecard_id, revision, position)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER scorecard_scores_kept BEFORE UPDATE ON scorecard_scores
BEGIN
  SELECT RAISE(ABORT, 'a stored score never changes: a change is a new revision');
END;

CREATE TABLE report_versions (
  template_version_id TEXT PRIMARY KEY,
  template_id TEXT NOT NULL,
  name TEXT NOT NULL,
  version INTEGER NOT NULL,
  content TEXT NOT NULL
) STRICT;

CREATE TABLE report_scorecards (
  scorecard_id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('mine', 'team')),
  own_agent_id TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  reviewer_id TEXT NOT NULL,
  reviewer_name TEXT NOT NULL,
  day TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  completed_at TEXT NOT NULL,
  template_version_id TEXT NOT NULL REFERENCES report_versions (template_version_id),
  channel TEXT NOT NULL,
  reference TEXT NOT NULL,
  percent REAL,
  band_label TEXT NOT NULL,
  automatic_fail INTEGER NOT NULL,
  answer_values TEXT NOT NULL
) STRICT;
CREATE INDEX report_scorecards_by_day ON report_scorecards (day, agent_id, percent, band_label, reviewer_id, channel, source, template_version_id);
-- Covering indexes: a report groups by agent (or reviewer and agent) over a day range without visiting the table.
CREATE INDEX report_scorecards_by_agent ON report_scorecards (agent_id, day, percent, band_label, reviewer_id, channel, source, template_version_id);
CREATE INDEX report_scorecards_by_reviewer ON report_scorecards (reviewer_id, agent_id, day, percent, channel, source, template_version_id, reviewer_name);

-- The CSV export pages through scorecards by (interaction time, id), ascending: this index streams each chunk in that
-- order, where the descending list index made every chunk sort everything after it.
CREATE INDEX scorecards_by_time_ascending ON scorecards (occurred_at, id);
CREATE INDEX report_scorecards_by_own_agent ON report_scorecards (own_agent_id);
CREATE INDEX report_scorecards_by_reference ON report_scorecards (reference) WHERE reference <> '';

CREATE TABLE report_element_days (
  day TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  template_version_id TEXT NOT NULL,
  source TEXT NOT NULL,
  counts BLOB NOT NULL,
  PRIMARY KEY (day, agent_id, template_version_id, source)
) STRICT, WITHOUT ROWID;
CREATE INDEX report_element_days_by_agent ON report_element_days (agent_id, day);

CREATE TABLE report_element_months (
  month TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  template_version_id TEXT NOT NULL,
  source TEXT NOT NULL,
  counts BLOB NOT NULL,
  PRIMARY KEY (month, agent_id, template_version_id, source)
) STRICT, WITHOUT ROWID;
CREATE INDEX report_element_months_by_agent ON report_element_months (agent_id, month);

CREATE TABLE survey_responses (
  id TEXT PRIMARY KEY,
  batch_id TEXT NOT NULL,
  reference TEXT NOT NULL UNIQUE,
  responded_on TEXT NOT NULL,
  agent_name TEXT NOT NULL,
  rating REAL NOT NULL,
  scale_min REAL NOT NULL,
  scale_max REAL NOT NULL,
  satisfaction REAL NOT NULL CHECK (satisfaction BETWEEN 0 AND 100),
  comment TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX survey_responses_by_day ON survey_responses (responded_on);
`,
};
