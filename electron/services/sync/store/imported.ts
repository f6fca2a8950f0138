import type Database from 'better-sqlite3';
import type { ScorecardExport } from '../../../../shared/export';

export interface ImportedRow {
  scorecard_id: string;
  revision: number;
  content_hash: string;
  share_id: string;
  target_id: string | null;
  target_name: string | null;
  relative_path: string;
  origin_install_id: string;
  reviewer_id: string;
  reviewer_name: string;
  agent_id: string;
  agent_name: string;
  agent_team: string;
  template_name: string;
  template_version_id: string;
  channel: string;
  reference: string;
  occurred_at: string;
  completed_at: string;
  score_rounded: number | null;
  band_label: string;
  automatic_fail: number;
  imported_at: string;
  latest_revision: number;
}

/** Colleagues' scorecards read from shares: read-only (a trigger refuses changes), one row per revision. */
export function createImportedStore(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO imported_scorecards (scorecard_id, revision, content_hash, share_id, target_id, relative_path, origin_install_id,
       reviewer_id, reviewer_name, agent_id, agent_name, agent_team, template_name, template_version_id, template_content_hash, channel, reference,
       occurred_at, completed_at, score_rounded, band_label, automatic_fail, document, imported_at)
     VALUES (@scorecardId, @revision, @contentHash, @shareId, @targetId, @relativePath, @originInstallId,
       @reviewerId, @reviewerName, @agentId, @agentName, @agentTeam, @templateName, @templateVersionId, @templateContentHash, @channel, @reference,
       @occurredAt, @completedAt, @scoreRounded, @bandLabel, @automaticFail, @document, @importedAt)
     ON CONFLICT (scorecard_id, revision) DO NOTHING`,
  );
  const insertTemplate = db.prepare('INSERT INTO imported_templates (content_hash, content) VALUES (?, ?) ON CONFLICT (content_hash) DO NOTHING');
  const has = db.prepare<[string, number], { n: number }>('SELECT 1 AS n FROM imported_scorecards WHERE scorecard_id = ? AND revision = ?');
  const detach = db.prepare('UPDATE imported_scorecards SET target_id = NULL WHERE target_id = ?');

  // The list shows each scorecard's latest imported revision; earlier ones stay for history.
  const columns = `i.scorecard_id, i.revision, i.content_hash, i.share_id, i.target_id, t.name AS target_name, i.relative_path,
      i.origin_install_id, i.reviewer_id, i.reviewer_name, i.agent_id, i.agent_name, i.agent_team, i.template_name, i.template_version_id,
      i.channel, i.reference, i.occurred_at, i.completed_at, i.score_rounded, i.band_label, i.automatic_fail, i.imported_at,
      (SELECT MAX(revision) FROM imported_scorecards l WHERE l.scorecard_id = i.scorecard_id) AS latest_revision`;
  const from = 'FROM imported_scorecards i LEFT JOIN sync_targets t ON t.id = i.target_id';
  // The document as it was written: its template content put back from the one stored copy.
  const wholeDocument = `json_set(i.document, '$.template.content', json((SELECT content FROM imported_templates WHERE content_hash = i.template_content_hash))) AS document`;
  const listSelect = `SELECT ${columns} ${from} WHERE i.revision = (SELECT MAX(revision) FROM imported_scorecards l WHERE l.scorecard_id = i.scorecard_id)`;
  const latestOne = db.prepare<[string], ImportedRow & { document: string }>(
    `SELECT ${columns}, ${wholeDocument} ${from} WHERE i.scorecard_id = ? ORDER BY i.revision DESC LIMIT 1`,
  );
  const oneRevision = db.prepare<[string, number], ImportedRow & { document: string }>(
    `SELECT ${columns}, ${wholeDocument} ${from} WHERE i.scorecard_id = ? AND i.revision = ?`,
  );
  const listAll = db.prepare<[number, number], ImportedRow>(`${listSelect} ORDER BY i.occurred_at DESC, i.scorecard_id LIMIT ? OFFSET ?`);
  const listTarget = db.prepare<[string, number, number], ImportedRow>(
    `${listSelect} AND i.target_id = ? ORDER BY i.occurred_at DESC, i.scorecard_id LIMIT ? OFFSET ?`,
  );
  const countAll = db.prepare<[], { n: number }>('SELECT COUNT(DISTINCT scorecard_id) AS n FROM imported_scorecards');
  const countTarget = db.prepare<[string], { n: number }>(
    `SELECT COUNT(*) AS n FROM imported_scorecards i WHERE i.target_id = ?
       AND i.revision = (SELECT MAX(revision) FROM imported_scorecards l WHERE l.scorecard_id = i.scorecard_id)`,
  );

  return {
    has: (scorecardId: string, revision: number) => has.get(scorecardId, revision) !== undefined,
    /**
     * Stores a verified document: `raw` as written, `templateContentText` the
     * canonical JSON of its template content (checked against its hash). True
     * when stored; false when this id and revision were already imported (from
     * this or another share).
     */
    insert(
      doc: ScorecardExport,
      raw: Record<string, unknown>,
      templateContentText: string,
      where: { shareId: string; targetId: string; relativePath: string },
      at: string,
    ): boolean {
      insertTemplate.run(doc.template.contentHash, templateContentText);
      const { content: _, ...template } = raw.template as Record<string, unknown>;
      return (
        insert.run({
          scorecardId: doc.scorecardId,
          revision: doc.revision,
          contentHash: doc.contentHash,
          ...where,
          originInstallId: doc.origin.installId,
          reviewerId: doc.reviewer.id,
          reviewerName: doc.reviewer.name,
          agentId: doc.agent.id,
          agentName: doc.agent.name,
          agentTeam: doc.agent.team,
          templateName: doc.template.name,
          templateVersionId: doc.template.versionId,
          templateContentHash: doc.template.contentHash,
          channel: doc.interaction.channel,
          reference: doc.interaction.reference,
          occurredAt: doc.interaction.occurredAt,
          completedAt: doc.completedAt,
          scoreRounded: doc.score.overall?.rounded ?? null,
          bandLabel: doc.score.bandLabel,
          automaticFail: doc.score.automaticFail ? 1 : 0,
          document: JSON.stringify({ ...raw, template }),
          importedAt: at,
        }).changes === 1
      );
    },
    /** One imported revision (the latest when none is named), with its document. */
    row: (scorecardId: string, revision: number | undefined): (ImportedRow & { document: string }) | null =>
      (revision === undefined ? latestOne.get(scorecardId) : oneRevision.get(scorecardId, revision)) ?? null,
    list(targetId: string | undefined, limit: number, offset: number): { rows: ImportedRow[]; total: number } {
      if (targetId) return { rows: listTarget.all(targetId, limit, offset), total: countTarget.get(targetId)?.n ?? 0 };
      return { rows: listAll.all(limit, offset), total: countAll.get()?.n ?? 0 };
    },
    /** A removed target's imports stay (they are colleagues' work), only no longer linked to it. */
    detachTarget: (targetId: string) => void detach.run(targetId),
  };
}
export type ImportedStore = ReturnType<typeof createImportedStore>;
