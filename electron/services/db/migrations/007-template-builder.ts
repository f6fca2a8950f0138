import type { Migration } from '../migrate';

/**
 * Templates people build, version, archive and share (issue 9).
 *
 * - `templates` learns where a template came from (`source`: made here, or a
 *   colleague's published template read from a share, which is read-only
 *   here), who published it and from which install, and whether it is
 *   archived (no new reviews; old ones still open and report).
 * - `template_versions` records who published each version. Versions were
 *   already immutable (001-core); now they can never be deleted either, and
 *   no new scorecard can start on an archived template, whatever code runs.
 * - `template_drafts`: the one draft of a template, saved as the builder holds
 *   it (it may be invalid while being edited), with the version it was
 *   started from and the element map as the person edited it.
 * - `template_version_maps`: the element map stored with each version from
 *   the one before, immutable, so reports carry a trend across versions.
 * - An index finds the completed scorecards of a version (the what-if, the
 *   number of scorecards that use a template) without reading every scorecard.
 */
export const templateBuilderMigration: Migration = {
  version: 7,
  name: 'template-builder',
  sql: `
ALTER TABLE templates ADD COLUMN source TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'share'));
ALTER TABLE templates ADD COLUMN origin_install_id TEXT NOT NULL DEFAULT '';
ALTER TABLE templates ADD COLUMN shared_by TEXT NOT NULL DEFAULT '';
ALTER TABLE templates ADD COLUMN archived_at TEXT;

ALTER TABLE template_versions ADD COLUMN published_by TEXT NOT NULL DEFAULT '';

CREATE TRIGGER template_versions_kept BEFORE DELETE ON template_versions
BEGIN
  SELECT RAISE(ABORT, 'a published template version is never deleted: archive the template instead');
END;

CREATE TRIGGER scorecards_not_on_archived_templates BEFORE INSERT ON scorecards
WHEN (SELECT t.archived_at FROM template_versions v JOIN templates t ON t.id = v.template_id WHERE v.id = NEW.template_version_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'this template is archived: no new review can start with it');
END;

CREATE TABLE template_drafts (
  template_id TEXT PRIMARY KEY REFERENCES templates (id),
  base_version_id TEXT REFERENCES template_versions (id),
  content TEXT NOT NULL,
  element_map TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE template_version_maps (
  version_id TEXT PRIMARY KEY REFERENCES template_versions (id),
  previous_version_id TEXT NOT NULL,
  element_map TEXT NOT NULL
) STRICT;

CREATE TRIGGER template_version_maps_immutable BEFORE UPDATE ON template_version_maps
BEGIN
  SELECT RAISE(ABORT, 'an element map is published with its version and never changes');
END;

CREATE TRIGGER template_version_maps_kept BEFORE DELETE ON template_version_maps
BEGIN
  SELECT RAISE(ABORT, 'an element map is published with its version and never deleted');
END;

CREATE INDEX scorecards_by_template_version ON scorecards (template_version_id, status, completed_at DESC, id);
`,
};
