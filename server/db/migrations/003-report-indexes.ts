import type { Migration } from '../migrate';

/**
 * What the Reports queries need to answer from an index alone (PostgreSQL's
 * index-only scans) over a million scorecards (`npm run bench --
 * team-server-reports`).
 *
 * - `latest`: whether a row is its scorecard's latest revision, kept by the
 *   storing transaction (store/scorecards.ts). Revisions may arrive in any
 *   order; every report counts only the latest, and asking "is there a later
 *   one?" of each row cost an index probe per row, most of a report's time.
 * - Indexes of the latest rows by team and time, agent and time, and time
 *   alone, each carrying what the reports read (agent, score, band): a team's
 *   90 days otherwise visit a heap page per scorecard, and every team's 90
 *   days the whole table.
 */
export const reportIndexesMigration: Migration = {
  version: 3,
  name: 'report-indexes',
  sql: `
ALTER TABLE scorecards ADD COLUMN latest boolean NOT NULL DEFAULT true;
UPDATE scorecards s SET latest = false
  WHERE EXISTS (SELECT 1 FROM scorecards later WHERE later.scorecard_id = s.scorecard_id AND later.revision > s.revision);

DROP INDEX scorecards_team_occurred;
DROP INDEX scorecards_agent_occurred;
CREATE INDEX scorecards_team_occurred ON scorecards (team_key, occurred_at) INCLUDE (agent_id, score_value, band_label) WHERE latest;
CREATE INDEX scorecards_agent_occurred ON scorecards (agent_id, occurred_at) INCLUDE (score_value, band_label) WHERE latest;
CREATE INDEX scorecards_occurred ON scorecards (occurred_at) INCLUDE (team_key, agent_id, score_value, band_label) WHERE latest;

CREATE OR REPLACE VIEW current_scorecards AS SELECT * FROM scorecards WHERE latest;
`,
};
