import type { Migration } from '../migrate';

/**
 * The element facts' vectors (960 bytes for the built-in scorecard) were kept
 * in `WITHOUT ROWID` tables, whose rows live in an index b-tree: a row there
 * keeps at most about 1 000 bytes of its own in the page, so every fact row
 * took a 4 kB overflow page of its own (39 MB for 8 809 day rows, a third of
 * what importing 10 000 scorecards wrote). As rowid tables the same rows sit
 * three or four to a page; the key is kept unique by its own index. Same
 * columns and keys: every query and upsert reads as before.
 */
export const elementFactsInlineMigration: Migration = {
  version: 12,
  name: 'element-facts-inline',
  sql: `
CREATE TABLE report_element_days_inline (
  day TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  template_version_id TEXT NOT NULL,
  source TEXT NOT NULL,
  counts BLOB NOT NULL,
  PRIMARY KEY (day, agent_id, template_version_id, source)
) STRICT;
INSERT INTO report_element_days_inline SELECT day, agent_id, template_version_id, source, counts FROM report_element_days;
DROP TABLE report_element_days;
ALTER TABLE report_element_days_inline RENAME TO report_element_days;
CREATE INDEX report_element_days_by_agent ON report_element_days (agent_id, day);

CREATE TABLE report_element_months_inline (
  month TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  template_version_id TEXT NOT NULL,
  source TEXT NOT NULL,
  counts BLOB NOT NULL,
  PRIMARY KEY (month, agent_id, template_version_id, source)
) STRICT;
INSERT INTO report_element_months_inline SELECT month, agent_id, template_version_id, source, counts FROM report_element_months;
DROP TABLE report_element_months;
ALTER TABLE report_element_months_inline RENAME TO report_element_months;
CREATE INDEX report_element_months_by_agent ON report_element_months (agent_id, month);
`,
};
