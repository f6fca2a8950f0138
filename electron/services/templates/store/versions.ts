import type Database from 'better-sqlite3';
import type { TemplateVersionInfo } from '../../../../shared/api/templates';
import type { TemplateContent } from '../../../../shared/schemas/template';
import type { ElementMap } from '../../../../shared/templates/element-map';

interface InfoRow {
  id: string;
  version: number;
  name: string;
  content_hash: string;
  created_at: string;
  published_by: string;
  previous_version_id: string | null;
  scorecards: number;
}

/** What a version carries besides its content: who published it, and its map from the version before. */
export interface VersionPublication {
  publishedBy: string;
  previous: { versionId: string; elementMap: ElementMap } | null;
}

export interface NewVersion {
  id: string;
  templateId: string;
  version: number;
  content: TemplateContent;
  contentHash: string;
  createdAt: string;
  publishedBy: string;
}

/** A completed scorecard of a version, newest first, as the what-if lists it. */
export interface CompletedRef {
  scorecardId: string;
  agentName: string;
  occurredAt: string;
}

export function createVersionsStore(db: Database.Database) {
  const infos = db.prepare<[string], InfoRow>(
    `SELECT v.id, v.version, json_extract(v.content, '$.name') AS name, v.content_hash, v.created_at, v.published_by, m.previous_version_id,
            (SELECT COUNT(*) FROM scorecards s WHERE s.template_version_id = v.id) AS scorecards
     FROM template_versions v LEFT JOIN template_version_maps m ON m.version_id = v.id
     WHERE v.template_id = ? ORDER BY v.version`,
  );
  const insert = db.prepare(
    `INSERT INTO template_versions (id, template_id, version, content, content_hash, created_at, published_by)
     VALUES (@id, @templateId, @version, @content, @contentHash, @createdAt, @publishedBy)`,
  );
  const insertMap = db.prepare('INSERT INTO template_version_maps (version_id, previous_version_id, element_map) VALUES (?, ?, ?)');
  const publication = db.prepare<[string], { published_by: string; previous_version_id: string | null; element_map: string | null }>(
    `SELECT v.published_by, m.previous_version_id, m.element_map FROM template_versions v
     LEFT JOIN template_version_maps m ON m.version_id = v.id WHERE v.id = ?`,
  );
  const numbered = db.prepare<[string, number], { id: string }>('SELECT id FROM template_versions WHERE template_id = ? AND version = ?');
  const latest = db.prepare<[string], { id: string; version: number }>('SELECT id, version FROM template_versions WHERE template_id = ? ORDER BY version DESC LIMIT 1');
  const completed = db.prepare<[string, number], { id: string; agent_name: string; occurred_at: string }>(
    `SELECT s.id, a.name AS agent_name, s.occurred_at FROM scorecards s JOIN agents a ON a.id = s.agent_id
     WHERE s.template_version_id = ? AND s.status = 'completed' ORDER BY s.completed_at DESC, s.id DESC LIMIT ?`,
  );

  return {
    infos: (templateId: string): TemplateVersionInfo[] =>
      infos.all(templateId).map((r) => ({
        id: r.id,
        version: r.version,
        name: r.name,
        publishedAt: r.created_at,
        publishedBy: r.published_by,
        contentHash: r.content_hash,
        scorecards: r.scorecards,
        previousVersionId: r.previous_version_id,
      })),
    insert: (v: NewVersion) => void insert.run({ ...v, content: JSON.stringify(v.content) }),
    insertMap: (versionId: string, previousVersionId: string, map: ElementMap) => void insertMap.run(versionId, previousVersionId, JSON.stringify(map)),
    publication(versionId: string): VersionPublication | null {
      const r = publication.get(versionId);
      if (!r) return null;
      const previous = r.previous_version_id && r.element_map ? { versionId: r.previous_version_id, elementMap: JSON.parse(r.element_map) as ElementMap } : null;
      return { publishedBy: r.published_by, previous };
    },
    idOf: (templateId: string, version: number): string | null => numbered.get(templateId, version)?.id ?? null,
    latest: (templateId: string): { id: string; version: number } | null => latest.get(templateId) ?? null,
    recentCompleted: (versionId: string, limit: number): CompletedRef[] =>
      completed.all(versionId, limit).map((r) => ({ scorecardId: r.id, agentName: r.agent_name, occurredAt: r.occurred_at })),
  };
}
export type VersionsStore = ReturnType<typeof createVersionsStore>;
