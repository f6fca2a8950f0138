import type Database from 'better-sqlite3';

/** What the filters offer: the teams, reviewers, template versions and channels the counted scorecards have, and their span. */
export function createOptionQueries(db: Database.Database) {
  const teams = db.prepare<[], { team: string }>(`SELECT DISTINCT team FROM agents WHERE merged_into IS NULL AND team <> '' ORDER BY team COLLATE NOCASE`);
  const agents = db.prepare<[], { id: string; name: string; team: string }>(
    `SELECT id, name, team FROM agents WHERE merged_into IS NULL ORDER BY name COLLATE NOCASE, id`,
  );
  const reviewers = db.prepare<[], { id: string; name: string }>(
    `SELECT reviewer_id AS id, MAX(reviewer_name) AS name FROM report_scorecards GROUP BY reviewer_id ORDER BY name COLLATE NOCASE`,
  );
  const versions = db.prepare<[], { id: string; name: string; version: number }>(
    `SELECT template_version_id AS id, name, version FROM report_versions ORDER BY name COLLATE NOCASE, version DESC`,
  );
  const channels = db.prepare<[], { channel: string }>(`SELECT DISTINCT channel FROM report_scorecards ORDER BY channel`);
  const span = db.prepare<[], { first: string | null; last: string | null }>('SELECT MIN(day) AS first, MAX(day) AS last FROM report_scorecards');
  return {
    teams: () => teams.all().map((r) => r.team),
    agents: () => agents.all(),
    reviewers: () => reviewers.all(),
    versions: () => versions.all(),
    channels: () => channels.all().map((r) => r.channel),
    span: () => span.get() ?? { first: null, last: null },
  };
}
export type OptionQueries = ReturnType<typeof createOptionQueries>;
