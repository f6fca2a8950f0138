import type Database from 'better-sqlite3';
import { TemplateContent, type TemplateSummary, type TemplateVersion } from '../../../shared/schemas/template';

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
  const summaries = db.prepare<[], { template_id: string; name: string; built_in: number; id: string; version: number }>(
    `SELECT t.id AS template_id, t.name, t.built_in, v.id, v.version
     FROM templates t JOIN template_versions v ON v.template_id = t.id
     WHERE v.version = (SELECT MAX(version) FROM template_versions WHERE template_id = t.id)
     ORDER BY t.built_in DESC, t.name COLLATE NOCASE`,
  );
  const insertTemplate = db.prepare('INSERT INTO templates (id, name, built_in, created_at) VALUES (?, ?, ?, ?)');
  const insertVersion = db.prepare(
    'INSERT INTO template_versions (id, template_id, version, content, content_hash, created_at) VALUES (@id, @templateId, @version, @content, @contentHash, @createdAt)',
  );
  const templateExists = db.prepare<[string], { id: string }>('SELECT id FROM templates WHERE id = ?');

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
    list: (): TemplateSummary[] =>
      summaries.all().map((r) => ({ templateId: r.template_id, name: r.name, latestVersionId: r.id, latestVersion: r.version, builtIn: r.built_in === 1 })),
    hasTemplate: (id: string) => templateExists.get(id) !== undefined,
    insertTemplate: (id: string, name: string, builtIn: boolean, createdAt: string) => void insertTemplate.run(id, name, builtIn ? 1 : 0, createdAt),
    insertVersion: (v: TemplateVersion) =>
      void insertVersion.run({ id: v.id, templateId: v.templateId, version: v.version, content: JSON.stringify(v.content), contentHash: v.contentHash, createdAt: v.createdAt }),
  };
}
export type TemplatesRepository = ReturnType<typeof createTemplatesRepository>;
