import type Database from 'better-sqlite3';
import type { TemplateSource, TemplateStatus } from '../../../../shared/api/templates';
import type { TemplateSummary } from '../../../../shared/schemas/template';

interface StatusRow {
  id: string;
  name: string;
  built_in: number;
  source: 'local' | 'share';
  shared_by: string;
  archived_at: string | null;
  latest_id: string | null;
  latest_version: number | null;
  latest_at: string | null;
  draft_updated_at: string | null;
  draft_base_version: number | null;
  scorecards: number;
}

/** A template's own row: where it came from and whether it is archived. */
export interface TemplateRow {
  id: string;
  name: string;
  source: TemplateSource;
  originInstallId: string;
  sharedBy: string;
  archived: boolean;
}

const STATUS = `
  SELECT t.id, t.name, t.built_in, t.source, t.shared_by, t.archived_at,
         lv.id AS latest_id, lv.version AS latest_version, lv.created_at AS latest_at,
         d.updated_at AS draft_updated_at, bv.version AS draft_base_version,
         (SELECT COUNT(*) FROM template_versions v JOIN scorecards s ON s.template_version_id = v.id WHERE v.template_id = t.id) AS scorecards
  FROM templates t
  LEFT JOIN template_versions lv ON lv.template_id = t.id AND lv.version = (SELECT MAX(version) FROM template_versions WHERE template_id = t.id)
  LEFT JOIN template_drafts d ON d.template_id = t.id
  LEFT JOIN template_versions bv ON bv.id = d.base_version_id`;

const sourceOf = (builtIn: number, source: 'local' | 'share'): TemplateSource => (builtIn === 1 ? 'builtin' : source);

const toStatus = (r: StatusRow): TemplateStatus => ({
  templateId: r.id,
  name: r.name,
  source: sourceOf(r.built_in, r.source),
  sharedBy: r.shared_by,
  archived: r.archived_at !== null,
  latest: r.latest_id && r.latest_version !== null && r.latest_at ? { id: r.latest_id, version: r.latest_version, publishedAt: r.latest_at } : null,
  draft: r.draft_updated_at ? { updatedAt: r.draft_updated_at, baseVersion: r.draft_base_version } : null,
  scorecards: r.scorecards,
});

/** The templates table as the Templates screen and the new-review form read it. */
export function createLibraryStore(db: Database.Database) {
  const all = db.prepare<[], StatusRow>(`${STATUS} ORDER BY t.built_in DESC, t.archived_at IS NOT NULL, t.name COLLATE NOCASE, t.id`);
  const one = db.prepare<[string], StatusRow>(`${STATUS} WHERE t.id = ?`);
  const usable = db.prepare<[], { template_id: string; name: string; built_in: number; shared_by: string; id: string; version: number }>(
    `SELECT t.id AS template_id, t.name, t.built_in, t.shared_by, v.id, v.version
     FROM templates t JOIN template_versions v ON v.template_id = t.id
     WHERE t.archived_at IS NULL AND v.version = (SELECT MAX(version) FROM template_versions WHERE template_id = t.id)
     ORDER BY t.built_in DESC, t.name COLLATE NOCASE, t.id`,
  );
  const row = db.prepare<[string], { id: string; name: string; built_in: number; source: 'local' | 'share'; origin_install_id: string; shared_by: string; archived_at: string | null }>(
    'SELECT id, name, built_in, source, origin_install_id, shared_by, archived_at FROM templates WHERE id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO templates (id, name, built_in, created_at, source, origin_install_id, shared_by, copied_from_version_id)
     VALUES (@id, @name, @builtIn, @createdAt, @source, @originInstallId, @sharedBy, @copiedFromVersionId)`,
  );
  // The template itself, then the template of the version it was copied from, and so on back (a copy of a copy).
  const lineage = db.prepare<[string], { id: string }>(
    `WITH RECURSIVE line (id, depth) AS (
       SELECT id, 0 FROM templates WHERE id = ?
       UNION
       SELECT v.template_id, line.depth + 1 FROM line JOIN templates t ON t.id = line.id JOIN template_versions v ON v.id = t.copied_from_version_id
       WHERE line.depth < 50
     )
     SELECT id FROM line ORDER BY depth`,
  );
  const rename = db.prepare('UPDATE templates SET name = ? WHERE id = ?');
  const archive = db.prepare('UPDATE templates SET archived_at = ? WHERE id = ?');
  // Only a template with no version at all: a published one is archived, never deleted.
  const removeUnpublished = db.prepare('DELETE FROM templates WHERE id = ? AND NOT EXISTS (SELECT 1 FROM template_versions WHERE template_id = templates.id)');

  return {
    all: (): TemplateStatus[] => all.all().map(toStatus),
    status(id: string): TemplateStatus | null {
      const found = one.get(id);
      return found ? toStatus(found) : null;
    },
    usable: (): TemplateSummary[] =>
      usable.all().map((r) => ({ templateId: r.template_id, name: r.name, latestVersionId: r.id, latestVersion: r.version, builtIn: r.built_in === 1, sharedBy: r.shared_by })),
    get(id: string): TemplateRow | null {
      const r = row.get(id);
      if (!r) return null;
      return { id: r.id, name: r.name, source: sourceOf(r.built_in, r.source), originInstallId: r.origin_install_id, sharedBy: r.shared_by, archived: r.archived_at !== null };
    },
    insert: ({
      source,
      copiedFromVersionId = null,
      ...t
    }: {
      id: string;
      name: string;
      createdAt: string;
      source: TemplateSource;
      originInstallId: string;
      sharedBy: string;
      copiedFromVersionId?: string | null;
    }) =>
      // The built-in template is the seed's, on every install alike: its row says so, its source is local.
      void insert.run({ ...t, copiedFromVersionId, builtIn: source === 'builtin' ? 1 : 0, source: source === 'share' ? 'share' : 'local' }),
    /** This template's id, then those of the templates it was copied from, nearest first. */
    lineage: (id: string): string[] => lineage.all(id).map((r) => r.id),
    rename: (id: string, name: string) => void rename.run(name, id),
    setArchived: (id: string, archivedAt: string | null) => void archive.run(archivedAt, id),
    removeUnpublished: (id: string) => removeUnpublished.run(id).changes > 0,
  };
}
export type LibraryStore = ReturnType<typeof createLibraryStore>;
