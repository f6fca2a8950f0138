import type Database from 'better-sqlite3';
import type { ImportedListItem } from '../../../../shared/api/sync';
import type { ScorecardExport } from '../../../../shared/export';

interface ListRow {
  scorecard_id: string;
  revision: number;
  reviewer_id: string;
  reviewer_name: string;
  agent_id: string;
  agent_name: string;
  agent_team: string;
  template_name: string;
  channel: ImportedListItem['channel'];
  reference: string;
  occurred_at: string;
  completed_at: string;
  score_rounded: number | null;
  band_label: string;
  automatic_fail: number;
  share_id: string;
  target_id: string | null;
  target_name: string | null;
  relative_path: string;
  origin_install_id: string;
  imported_at: string;
  trust: ImportedListItem['trust'];
}

const toItem = (r: ListRow): ImportedListItem => ({
  scorecardId: r.scorecard_id,
  revision: r.revision,
  reviewer: { id: r.reviewer_id, name: r.reviewer_name },
  agent: { id: r.agent_id, name: r.agent_name, team: r.agent_team },
  templateName: r.template_name,
  channel: r.channel,
  reference: r.reference,
  occurredAt: r.occurred_at,
  completedAt: r.completed_at,
  score: r.score_rounded,
  bandLabel: r.band_label,
  automaticFail: r.automatic_fail === 1,
  origin: { targetId: r.target_id, targetName: r.target_name, shareId: r.share_id, installId: r.origin_install_id, relativePath: r.relative_path },
  importedAt: r.imported_at,
  trust: r.trust,
});

/**
 * The Team list: colleagues' scorecards among the imported documents, one row
 * per revision with what the list shows and filters on, and each template
 * version once (it is three quarters of a document: 100 000 imports would
 * otherwise hold 100 000 copies of it). Filled by the scorecard import hook.
 */
export function createImportedScorecardsStore(db: Database.Database) {
  const insertTemplate = db.prepare('INSERT INTO imported_templates (content_hash, content) VALUES (?, ?) ON CONFLICT (content_hash) DO NOTHING');
  const hasTemplate = db.prepare<[string], { n: number }>('SELECT 1 AS n FROM imported_templates WHERE content_hash = ?');
  const insert = db.prepare(
    `INSERT INTO imported_scorecards (scorecard_id, revision, reviewer_id, reviewer_name, agent_id, agent_name, agent_team, template_name,
       template_version_id, template_content_hash, channel, reference, occurred_at, completed_at, score_rounded, band_label, automatic_fail)
     VALUES (@scorecardId, @revision, @reviewerId, @reviewerName, @agentId, @agentName, @agentTeam, @templateName,
       @templateVersionId, @templateContentHash, @channel, @reference, @occurredAt, @completedAt, @scoreRounded, @bandLabel, @automaticFail)
     ON CONFLICT (scorecard_id, revision) DO NOTHING`,
  );

  const latest = '(SELECT MAX(revision) FROM imported_scorecards l WHERE l.scorecard_id = i.scorecard_id)';
  const columns = `i.scorecard_id, i.revision, i.reviewer_id, i.reviewer_name, i.agent_id, i.agent_name, i.agent_team, i.template_name,
      i.channel, i.reference, i.occurred_at, i.completed_at, i.score_rounded, i.band_label, i.automatic_fail,
      d.source_id AS share_id, d.target_id, t.name AS target_name, d.relative_path, d.origin_install_id, d.imported_at, d.trust`;
  const from = `FROM imported_scorecards i
    JOIN imported_documents d ON d.kind = 'scorecard' AND d.document_id = i.scorecard_id AND d.revision = i.revision AND d.writer = ''
    LEFT JOIN sync_targets t ON t.id = d.target_id`;
  // The document as it was written: its template content put back from the one stored copy.
  const wholeDocument = `json_set(d.body, '$.template.content', json((SELECT content FROM imported_templates WHERE content_hash = i.template_content_hash))) AS document`;
  // The list shows each scorecard's latest imported revision; earlier ones stay for history.
  const listSelect = `SELECT ${columns} ${from} WHERE i.revision = ${latest}`;
  const latestOne = db.prepare<[string], ListRow & { document: string }>(`SELECT ${columns}, ${wholeDocument} ${from} WHERE i.scorecard_id = ? ORDER BY i.revision DESC LIMIT 1`);
  const oneRevision = db.prepare<[string, number], ListRow & { document: string }>(`SELECT ${columns}, ${wholeDocument} ${from} WHERE i.scorecard_id = ? AND i.revision = ?`);
  const listAll = db.prepare<[number, number], ListRow>(`${listSelect} ORDER BY i.occurred_at DESC, i.scorecard_id LIMIT ? OFFSET ?`);
  const listTarget = db.prepare<[string, number, number], ListRow>(`${listSelect} AND d.target_id = ? ORDER BY i.occurred_at DESC, i.scorecard_id LIMIT ? OFFSET ?`);
  const countAll = db.prepare<[], { n: number }>('SELECT COUNT(DISTINCT scorecard_id) AS n FROM imported_scorecards');
  const countTarget = db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n ${from} WHERE d.target_id = ? AND i.revision = ${latest}`);

  return {
    /** One imported revision: its list row, and its template kept once. Runs in the import's transaction. */
    insert(doc: ScorecardExport, templateContentText: string): void {
      // Looked up first: binding the template's text (three quarters of a document) only to find it stored costs more.
      if (!hasTemplate.get(doc.template.contentHash)) insertTemplate.run(doc.template.contentHash, templateContentText);
      insert.run({
        scorecardId: doc.scorecardId,
        revision: doc.revision,
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
      });
    },
    /** One imported revision (the latest when none is named), with its whole document as JSON text. */
    get(scorecardId: string, revision: number | undefined): { item: ImportedListItem; documentText: string } | null {
      const row = revision === undefined ? latestOne.get(scorecardId) : oneRevision.get(scorecardId, revision);
      return row ? { item: toItem(row), documentText: row.document } : null;
    },
    list(targetId: string | undefined, limit: number, offset: number): { items: ImportedListItem[]; total: number } {
      if (targetId) return { items: listTarget.all(targetId, limit, offset).map(toItem), total: countTarget.get(targetId)?.n ?? 0 };
      return { items: listAll.all(limit, offset).map(toItem), total: countAll.get()?.n ?? 0 };
    },
  };
}
export type ImportedScorecardsStore = ReturnType<typeof createImportedScorecardsStore>;
