import type Database from 'better-sqlite3';
import { TemplateContent, type TemplateVersion } from '../../../shared/schemas/template';

interface VersionRow {
  id: string;
  template_id: string;
  version: number;
  content: string;
  content_hash: string;
  created_at: string;
  built_in: number;
}

export function createTemplatesRepository(db: Database.Database) {
  const versionById = db.prepare<[string], VersionRow>(
    `SELECT v.*, t.built_in FROM template_versions v JOIN templates t ON t.id = v.template_id WHERE v.id = ?`,
  );
  const archived = db.prepare<[string], { archived: number }>('SELECT archived_at IS NOT NULL AS archived FROM templates WHERE id = ?');

  // Versions never change (a trigger enforces it), so a parsed version can be kept for the process's life.
  const cache = new Map<string, TemplateVersion>();

  return {
    getVersion(id: string): TemplateVersion | null {
      const cached = cache.get(id);
      if (cached) return cached;
      const row = versionById.get(id);
      if (!row) return null;
      const version: TemplateVersion = {
        id: row.id,
        templateId: row.template_id,
        version: row.version,
        content: TemplateContent.parse(JSON.parse(row.content)),
        contentHash: row.content_hash,
        builtIn: row.built_in === 1,
        createdAt: row.created_at,
      };
      cache.set(id, version);
      return version;
    },
    /** Archived templates start no new review (their old ones still open and report); the templates module archives them. */
    isArchived: (templateId: string) => archived.get(templateId)?.archived === 1,
  };
}
export type TemplatesRepository = ReturnType<typeof createTemplatesRepository>;
