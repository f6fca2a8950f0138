import type Database from 'better-sqlite3';
import { TemplateContent } from '../../../../shared/schemas/template';

export type Source = 'mine' | 'team';

/** The revision a scorecard counts with in reports, and what reports filter and group it by. */
export interface CountedScorecard {
  scorecardId: string;
  revision: number;
  source: Source;
  /** The agent it was attached to, before merges. */
  ownAgentId: string;
  /** The agent it counts for now (where `ownAgentId` was merged to, if it was). */
  agentId: string;
  reviewerId: string;
  reviewerName: string;
  /** Local day of the interaction, in the time zone the facts were built for. */
  day: string;
  occurredAt: string;
  completedAt: string;
  templateVersionId: string;
  channel: string;
  reference: string;
  /** The stored overall percentage (full precision); null when nothing was applicable. */
  percent: number | null;
  bandLabel: string;
  automaticFail: boolean;
  /** Answer values in template order (shared/reports/element-counts.ts). */
  answerValues: string;
}

export interface ReportVersion {
  templateVersionId: string;
  templateId: string;
  name: string;
  version: number;
  content: TemplateContent;
}

interface CountedRow {
  scorecard_id: string;
  revision: number;
  source: Source;
  own_agent_id: string;
  agent_id: string;
  reviewer_id: string;
  reviewer_name: string;
  day: string;
  occurred_at: string;
  completed_at: string;
  template_version_id: string;
  channel: string;
  reference: string;
  percent: number | null;
  band_label: string;
  automatic_fail: number;
  answer_values: string;
}

export const toCounted = (r: CountedRow): CountedScorecard => ({
  scorecardId: r.scorecard_id,
  revision: r.revision,
  source: r.source,
  ownAgentId: r.own_agent_id,
  agentId: r.agent_id,
  reviewerId: r.reviewer_id,
  reviewerName: r.reviewer_name,
  day: r.day,
  occurredAt: r.occurred_at,
  completedAt: r.completed_at,
  templateVersionId: r.template_version_id,
  channel: r.channel,
  reference: r.reference,
  percent: r.percent,
  bandLabel: r.band_label,
  automaticFail: r.automatic_fail === 1,
  answerValues: r.answer_values,
});

/** Element vectors are stored as the raw bytes of a Float64Array (little-endian on every platform Callmark ships for). */
export const toBlob = (counts: Float64Array) => Buffer.from(counts.buffer, counts.byteOffset, counts.byteLength);
/** A view when the bytes are aligned for doubles, else an aligned copy (a Buffer may sit at any offset of a shared pool). */
export const fromBlob = (blob: Buffer) =>
  blob.byteOffset % 8 === 0
    ? new Float64Array(blob.buffer, blob.byteOffset, blob.byteLength / 8)
    : new Float64Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));

export type Tier = 'day' | 'month';
const TIER_TABLES: Record<Tier, { table: string; period: string }> = {
  day: { table: 'report_element_days', period: 'day' },
  month: { table: 'report_element_months', period: 'month' },
};

export interface ElementRow {
  period: string;
  agentId: string;
  templateVersionId: string;
  source: Source;
  counts: Float64Array;
}

/** The SQL of the facts: counted scorecards, the versions they use, and the element vectors by day and by month. */
export function createFactsStore(db: Database.Database) {
  const insertVersion = db.prepare(
    `INSERT INTO report_versions (template_version_id, template_id, name, version, content) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (template_version_id) DO NOTHING`,
  );
  const versionRow = db.prepare<[string], { template_version_id: string; template_id: string; name: string; version: number; content: string }>(
    'SELECT * FROM report_versions WHERE template_version_id = ?',
  );
  const versionCache = new Map<string, ReportVersion>();

  const counted = db.prepare<[string], CountedRow>('SELECT * FROM report_scorecards WHERE scorecard_id = ?');
  const upsertCounted = db.prepare(
    `INSERT INTO report_scorecards (scorecard_id, revision, source, own_agent_id, agent_id, reviewer_id, reviewer_name, day, occurred_at, completed_at,
       template_version_id, channel, reference, percent, band_label, automatic_fail, answer_values)
     VALUES (@scorecardId, @revision, @source, @ownAgentId, @agentId, @reviewerId, @reviewerName, @day, @occurredAt, @completedAt,
       @templateVersionId, @channel, @reference, @percent, @bandLabel, @automaticFail, @answerValues)
     ON CONFLICT (scorecard_id) DO UPDATE SET revision = excluded.revision, source = excluded.source, own_agent_id = excluded.own_agent_id,
       agent_id = excluded.agent_id, reviewer_id = excluded.reviewer_id, reviewer_name = excluded.reviewer_name, day = excluded.day,
       occurred_at = excluded.occurred_at, completed_at = excluded.completed_at, template_version_id = excluded.template_version_id,
       channel = excluded.channel, reference = excluded.reference, percent = excluded.percent, band_label = excluded.band_label,
       automatic_fail = excluded.automatic_fail, answer_values = excluded.answer_values`,
  );
  const setAgents = db.prepare('UPDATE report_scorecards SET own_agent_id = ?, agent_id = ? WHERE scorecard_id = ?');
  const ofAgents = db.prepare<[{ ids: string }], CountedRow>(
    `SELECT * FROM report_scorecards WHERE agent_id IN (SELECT value FROM json_each(@ids)) OR own_agent_id IN (SELECT value FROM json_each(@ids))`,
  );
  const allCounted = db.prepare<[], CountedRow>('SELECT * FROM report_scorecards ORDER BY scorecard_id');

  const tiers = Object.fromEntries(
    (Object.entries(TIER_TABLES) as [Tier, (typeof TIER_TABLES)[Tier]][]).map(([tier, { table, period }]) => [
      tier,
      {
        get: db.prepare<[string, string, string, string], { counts: Buffer }>(
          `SELECT counts FROM ${table} WHERE ${period} = ? AND agent_id = ? AND template_version_id = ? AND source = ?`,
        ),
        put: db.prepare(
          `INSERT INTO ${table} (${period}, agent_id, template_version_id, source, counts) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (${period}, agent_id, template_version_id, source) DO UPDATE SET counts = excluded.counts`,
        ),
        remove: db.prepare(`DELETE FROM ${table} WHERE ${period} = ? AND agent_id = ? AND template_version_id = ? AND source = ?`),
        all: db.prepare<[], { period: string; agent_id: string; template_version_id: string; source: Source; counts: Buffer }>(
          `SELECT ${period} AS period, agent_id, template_version_id, source, counts FROM ${table} ORDER BY 1, 2, 3, 4`,
        ),
      },
    ]),
  ) as Record<Tier, { get: Database.Statement; put: Database.Statement; remove: Database.Statement; all: Database.Statement }>;

  return {
    saveVersion(v: ReportVersion): void {
      if (versionCache.has(v.templateVersionId)) return;
      insertVersion.run(v.templateVersionId, v.templateId, v.name, v.version, JSON.stringify(v.content));
      versionCache.set(v.templateVersionId, v);
    },
    version(id: string): ReportVersion | null {
      const cached = versionCache.get(id);
      if (cached) return cached;
      const row = versionRow.get(id);
      if (!row) return null;
      const v: ReportVersion = { templateVersionId: id, templateId: row.template_id, name: row.name, version: row.version, content: TemplateContent.parse(JSON.parse(row.content)) };
      versionCache.set(id, v);
      return v;
    },
    counted: (scorecardId: string): CountedScorecard | null => {
      const row = counted.get(scorecardId);
      return row ? toCounted(row) : null;
    },
    saveCounted: (c: CountedScorecard) => void upsertCounted.run({ ...c, automaticFail: c.automaticFail ? 1 : 0 }),
    setAgents: (scorecardId: string, ownAgentId: string, agentId: string) => void setAgents.run(ownAgentId, agentId, scorecardId),
    countedOfAgents: (agentIds: readonly string[]) => ofAgents.all({ ids: JSON.stringify(agentIds) }).map(toCounted),
    allCounted: () => allCounted.all().map(toCounted),
    elements(tier: Tier, period: string, agentId: string, versionId: string, source: Source): Float64Array | null {
      const row = tiers[tier].get.get(period, agentId, versionId, source) as { counts: Buffer } | undefined;
      return row ? fromBlob(row.counts) : null;
    },
    putElements: (tier: Tier, period: string, agentId: string, versionId: string, source: Source, counts: Float64Array) =>
      void tiers[tier].put.run(period, agentId, versionId, source, toBlob(counts)),
    removeElements: (tier: Tier, period: string, agentId: string, versionId: string, source: Source) =>
      void tiers[tier].remove.run(period, agentId, versionId, source),
    allElements(tier: Tier): ElementRow[] {
      return (tiers[tier].all.all() as { period: string; agent_id: string; template_version_id: string; source: Source; counts: Buffer }[]).map((r) => ({
        period: r.period,
        agentId: r.agent_id,
        templateVersionId: r.template_version_id,
        source: r.source,
        counts: fromBlob(r.counts),
      }));
    },
    /** Empties the facts (not the stored scores) before a rebuild. */
    clear(): void {
      db.exec('DELETE FROM report_element_days; DELETE FROM report_element_months; DELETE FROM report_scorecards; DELETE FROM report_versions;');
      versionCache.clear();
    },
  };
}
export type FactsStore = ReturnType<typeof createFactsStore>;
