import type { Migration } from '../migrate';

/**
 * Which channel of a stereo recording is the agent (issue 13 item 3). A fact
 * about the file, not about any scorecard: kept per interaction with the hash of
 * the recording it was said of, so re-linking the same file keeps it, and
 * attaching different content (another hash) reads as not known again. No row
 * means not known; detaching the recording takes its row along.
 */
export const agentChannelMigration: Migration = {
  version: 8,
  name: 'agent-channel',
  sql: `
CREATE TABLE recording_agent_channels (
  interaction_id TEXT PRIMARY KEY REFERENCES recordings (interaction_id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  agent_channel TEXT NOT NULL CHECK (agent_channel IN ('left', 'right')),
  updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`,
};
