import type { Migration } from '../migrate';

/**
 * What a template was copied from (`templates.duplicate`): the version its
 * first draft copied. Guidance a calibration session proposed for the copied
 * template's elements (the built-in scorecard, most often, which never changes
 * itself) is then offered in the copy's builder too. Null for a template made
 * from scratch, installed from a share, or copied before this migration.
 */
export const templateCopiesMigration: Migration = {
  version: 11,
  name: 'template-copies',
  sql: `
ALTER TABLE templates ADD COLUMN copied_from_version_id TEXT REFERENCES template_versions (id);
`,
};
