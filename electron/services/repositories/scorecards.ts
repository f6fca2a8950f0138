import type Database from 'better-sqlite3';
import type { Scorecard, ScorecardRevision, ScorecardStatus, ScoreResult } from '../../../shared/schemas/scorecard';
import type { ReviewListItem } from '../../../shared/api/reviews';

interface ScorecardRow {
  id: string;
  interaction_id: string;
  agent_id: string;
  template_version_id: string;
  reviewer_id: string;
  reviewer_name: string;
  status: ScorecardStatus;
  revision: number;
  revision_reason: string | null;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

const toScorecard = (r: ScorecardRow): Scorecard => ({
  id: r.id,
  interactionId: r.interaction_id,
  agentId: r.agent_id,
  templateVersionId: r.template_version_id,
  reviewerId: r.reviewer_id,
  reviewerName: r.reviewer_name,
  status: r.status,
  revision: r.revision,
  revisionReason: r.revision_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  completedAt: r.completed_at,
});

interface ListRow {
  id: string;
  status: ScorecardStatus;
  agent_id: string;
  agent_name: string;
  reviewer_name: string;
  template_name: string;
  occurred_at: string;
  updated_at: string;
  completed_at: string | null;
  channel: ReviewListItem['channel'];
  reference: string;
  score_rounded: number | null;
  band_id: string;
  band_label: string;
  meets_target: number;
  provisional: number;
  automatic_fail: number;
}

export interface ListFilter {
  agentId?: string | undefined;
  status?: ScorecardStatus | undefined;
  /** Part of the reference, any case. */
  search?: string | undefined;
  /** [from, to) on the interaction's time, as ISO instants. */
  from?: string | undefined;
  to?: string | undefined;
}

/** Fixed fragments only; every value is a named parameter. */
const LIST_CONDITIONS: Record<keyof ListFilter, string> = {
  agentId: 's.agent_id = @agentId',
  status: 's.status = @status',
  search: "i.reference LIKE @search ESCAPE '\\'",
  from: 's.occurred_at >= @from',
  to: 's.occurred_at < @to',
};

/** A LIKE pattern that finds `text` anywhere, its own % and _ taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The score columns kept on each scorecard for the list (the full score is recomputed from answers). */
const summaryOf = (score: ScoreResult) => ({
  scoreRounded: score.overall?.rounded ?? null,
  bandId: score.bandId,
  bandLabel: score.bandLabel,
  meetsTarget: score.meetsTarget ? 1 : 0,
  provisional: score.provisional ? 1 : 0,
  automaticFail: score.automaticFail ? 1 : 0,
});

export function createScorecardsRepository(db: Database.Database) {
  const byId = db.prepare<[string], ScorecardRow>('SELECT * FROM scorecards WHERE id = ?');
  const calibrationOf = db.prepare<[string], { session: string | null }>('SELECT calibration_session_id AS session FROM scorecards WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO scorecards (id, interaction_id, agent_id, template_version_id, reviewer_id, reviewer_name, status, revision, revision_reason,
       occurred_at, created_at, updated_at, completed_at, score_rounded, band_id, band_label, meets_target, provisional, automatic_fail)
     VALUES (@id, @interactionId, @agentId, @templateVersionId, @reviewerId, @reviewerName, @status, @revision, @revisionReason,
       @occurredAt, @createdAt, @updatedAt, @completedAt, @scoreRounded, @bandId, @bandLabel, @meetsTarget, @provisional, @automaticFail)`,
  );
  const saveSummary = db.prepare(
    `UPDATE scorecards SET updated_at = @updatedAt, score_rounded = @scoreRounded, band_id = @bandId, band_label = @bandLabel, meets_target = @meetsTarget,
       provisional = @provisional, automatic_fail = @automaticFail WHERE id = @id`,
  );
  const complete = db.prepare(`UPDATE scorecards SET status = 'completed', completed_at = @at, updated_at = @at WHERE id = @id AND status = 'draft'`);
  const remove = db.prepare(`DELETE FROM scorecards WHERE id = ? AND status = 'draft'`);
  const reopen = db.prepare(
    `UPDATE scorecards SET status = 'draft', revision = revision + 1, revision_reason = @reason, reviewer_id = @reviewerId,
       reviewer_name = @reviewerName, completed_at = NULL, updated_at = @at WHERE id = @id AND status = 'completed'`,
  );

  // One prepared statement per filter combination: values are always parameters, never concatenated.
  const listSelect = `SELECT s.id, s.status, s.agent_id, a.name AS agent_name, s.reviewer_name, t.name AS template_name,
      s.occurred_at, s.updated_at, s.completed_at, i.channel, i.reference, s.score_rounded, s.band_id, s.band_label, s.meets_target, s.provisional, s.automatic_fail
    FROM scorecards s
    JOIN agents a ON a.id = s.agent_id
    JOIN interactions i ON i.id = s.interaction_id
    JOIN template_versions v ON v.id = s.template_version_id
    JOIN templates t ON t.id = v.template_id`;
  // One prepared statement pair per combination of filters present, made when first used.
  const pageQueries = new Map<string, { rows: Database.Statement; count: Database.Statement }>();
  const queriesFor = (present: (keyof ListFilter)[]) => {
    const shape = present.join(',');
    let q = pageQueries.get(shape);
    if (!q) {
      const where = present.length ? `WHERE ${present.map((k) => LIST_CONDITIONS[k]).join(' AND ')}` : '';
      q = {
        rows: db.prepare(`${listSelect} ${where} ORDER BY s.occurred_at DESC, s.id LIMIT @limit OFFSET @offset`),
        count: db.prepare(`SELECT COUNT(*) AS n FROM scorecards s JOIN interactions i ON i.id = s.interaction_id ${where}`),
      };
      pageQueries.set(shape, q);
    }
    return q;
  };

  const restore = db.prepare(
    `UPDATE scorecards SET status = 'completed', revision = @revision, revision_reason = @reason, reviewer_id = @reviewerId,
       reviewer_name = @reviewerName, completed_at = @completedAt, updated_at = @at WHERE id = @id AND status = 'draft'`,
  );
  return {
    get: (id: string): Scorecard | null => {
      const row = byId.get(id);
      return row ? toScorecard(row) : null;
    },
    /** The calibration session a scorecard was scored for (migration 010), or null: an ordinary scorecard. */
    calibrationSessionOf: (id: string): string | null => calibrationOf.get(id)?.session ?? null,
    insert: (s: Scorecard, occurredAt: string, score: ScoreResult) => void insert.run({ ...s, occurredAt, ...summaryOf(score) }),
    saveSummary: (id: string, score: ScoreResult, updatedAt: string) => void saveSummary.run({ id, updatedAt, ...summaryOf(score) }),
    complete: (id: string, at: string): boolean => complete.run({ id, at }).changes === 1,
    removeDraft: (id: string): boolean => remove.run(id).changes === 1,
    /** A completed scorecard becomes the draft of its next revision, by whoever opened it and why. */
    reopen: (id: string, change: { reason: string; reviewerId: string; reviewerName: string; at: string }): boolean =>
      reopen.run({ id, ...change }).changes === 1,
    /** Back to a completed revision as it was locked (its answers must be restored first). */
    restore: (id: string, r: ScorecardRevision, at: string) => {
      saveSummary.run({ id, updatedAt: at, ...summaryOf(r.score) });
      restore.run({ id, revision: r.revision, reason: r.reason, reviewerId: r.reviewerId, reviewerName: r.reviewerName, completedAt: r.completedAt, at });
    },
    listPage(filter: ListFilter, limit: number, offset: number): { items: ReviewListItem[]; total: number } {
      const params: Partial<Record<keyof ListFilter, string>> = {
        agentId: filter.agentId,
        status: filter.status,
        search: filter.search ? containing(filter.search) : undefined,
        // Stored times are UTC ISO strings (reviews.create normalises them), so the bounds are too.
        from: filter.from && new Date(filter.from).toISOString(),
        to: filter.to && new Date(filter.to).toISOString(),
      };
      const present = (Object.keys(LIST_CONDITIONS) as (keyof ListFilter)[]).filter((k) => params[k]);
      const used = Object.fromEntries(present.map((k) => [k, params[k]]));
      const q = queriesFor(present);
      const rows = q.rows.all({ ...used, limit, offset }) as ListRow[];
      const { n } = q.count.get(used) as { n: number };
      return {
        total: n,
        items: rows.map((r) => ({
          id: r.id,
          status: r.status,
          agentId: r.agent_id,
          agentName: r.agent_name,
          reviewerName: r.reviewer_name,
          templateName: r.template_name,
          occurredAt: r.occurred_at,
          updatedAt: r.updated_at,
          completedAt: r.completed_at,
          channel: r.channel,
          reference: r.reference,
          score: r.score_rounded,
          bandId: r.band_id,
          bandLabel: r.band_label,
          meetsTarget: r.meets_target === 1,
          provisional: r.provisional === 1,
          automaticFail: r.automatic_fail === 1,
        })),
      };
    },
  };
}
export type ScorecardsRepository = ReturnType<typeof createScorecardsRepository>;
