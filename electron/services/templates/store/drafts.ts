import type Database from 'better-sqlite3';

/** The one draft of a template, as the builder saved it. */
export interface StoredDraft {
  templateId: string;
  /** The version it was started from; null for a template not yet published. */
  baseVersionId: string | null;
  /** As the builder holds it: valid or not. */
  content: Record<string, unknown>;
  /** The element map as a person edited it; null while it follows the proposal. */
  elementMap: unknown;
  createdAt: string;
  updatedAt: string;
}

interface DraftRow {
  template_id: string;
  base_version_id: string | null;
  content: string;
  element_map: string | null;
  created_at: string;
  updated_at: string;
}

export function createDraftsStore(db: Database.Database) {
  const get = db.prepare<[string], DraftRow>('SELECT * FROM template_drafts WHERE template_id = ?');
  const insert = db.prepare(
    `INSERT INTO template_drafts (template_id, base_version_id, content, element_map, created_at, updated_at)
     VALUES (@templateId, @baseVersionId, @content, NULL, @at, @at)`,
  );
  const saveContent = db.prepare('UPDATE template_drafts SET content = ?, updated_at = ? WHERE template_id = ?');
  const saveMap = db.prepare('UPDATE template_drafts SET element_map = ?, updated_at = ? WHERE template_id = ?');
  const remove = db.prepare('DELETE FROM template_drafts WHERE template_id = ?');

  return {
    get(templateId: string): StoredDraft | null {
      const r = get.get(templateId);
      if (!r) return null;
      return {
        templateId: r.template_id,
        baseVersionId: r.base_version_id,
        content: JSON.parse(r.content) as Record<string, unknown>,
        elementMap: r.element_map === null ? null : (JSON.parse(r.element_map) as unknown),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      };
    },
    insert: (templateId: string, baseVersionId: string | null, content: unknown, at: string) =>
      void insert.run({ templateId, baseVersionId, content: JSON.stringify(content), at }),
    /** False when the template has no draft (it was published or discarded meanwhile). */
    saveContent: (templateId: string, content: unknown, at: string) => saveContent.run(JSON.stringify(content), at, templateId).changes > 0,
    saveMap: (templateId: string, map: unknown, at: string) => saveMap.run(map === null ? null : JSON.stringify(map), at, templateId).changes > 0,
    remove: (templateId: string) => remove.run(templateId).changes > 0,
  };
}
export type DraftsStore = ReturnType<typeof createDraftsStore>;
