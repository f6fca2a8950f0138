import type { Migration } from '../migrate';

/**
 * Every document kind of the shared registry (shared/sync/kinds/), not only
 * scorecards.
 *
 * - `kind` is checked by the server against its registry; the table keeps
 *   only the form of a kind's name, so a kind that lands later (coaching
 *   sessions) needs no migration of its own.
 * - `writer`: kinds several installs write (a calibration session's reveal,
 *   say) name the writing install, which is part of the idempotency key, as
 *   in a share's file name; '' for the kinds one install writes.
 * - `reader_team_keys` replaces `team_key`: the teams whose members read the
 *   document. A scorecard names its team (its agent's); a kind that names
 *   none is read by the teams its pusher belonged to when pushing.
 * - `placed_at`: the time that places a document in a share's yyyy/mm
 *   folders (a scorecard's completion), for `callmark-server export`.
 */
export const everyKindMigration: Migration = {
  version: 2,
  name: 'every-kind',
  sql: `
ALTER TABLE documents DROP CONSTRAINT documents_kind_check;
ALTER TABLE documents ADD CONSTRAINT documents_kind_name CHECK (kind ~ '^[a-z][a-z0-9-]{0,39}$');

ALTER TABLE documents ADD COLUMN writer text NOT NULL DEFAULT ''
  CHECK (writer = '' OR writer ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$');
ALTER TABLE documents DROP CONSTRAINT documents_kind_document_id_revision_key;
ALTER TABLE documents ADD CONSTRAINT documents_key UNIQUE (kind, document_id, revision, writer);

ALTER TABLE documents ADD COLUMN reader_team_keys text[];
UPDATE documents SET reader_team_keys = ARRAY[team_key];
ALTER TABLE documents ALTER COLUMN reader_team_keys SET NOT NULL;
DROP INDEX documents_team_seq;
ALTER TABLE documents DROP COLUMN team_key;

ALTER TABLE documents ADD COLUMN placed_at timestamptz;
UPDATE documents SET placed_at = (document->>'completedAt')::timestamptz;
ALTER TABLE documents ALTER COLUMN placed_at SET NOT NULL;
`,
};
