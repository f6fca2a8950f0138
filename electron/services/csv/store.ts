import type Database from 'better-sqlite3';
import type { Answer, AnswerValue, ScorecardStatus } from '../../../shared/schemas/scorecard';
import type { Channel } from '../../../shared/schemas/interaction';
import type { ExportNote } from '../../../shared/export/schema';
import { scoreColumns, type ScoreColumns } from '../repositories/scores';
import { shapeOf, whereClause, type ChunkFilter } from './filter';

/** One scorecard of an export chunk, as the CSV rows need it. */
export interface ScorecardChunkRow {
  id: string;
  revision: number;
  status: ScorecardStatus;
  occurredAt: string;
  completedAt: string | null;
  templateVersionId: string;
  reviewerName: string;
  agentName: string;
  team: string;
  channel: Channel;
  reference: string;
  recordingFile: string | null;
  wentWell: string | null;
  workOn: string | null;
  /** The revision whose stored score is joined in below: a completed revision has one; null for a draft. */
  scoreRevision: number | null;
}

/** A page row: the scorecard and, flat beside it, its stored score's columns (null for a draft). */
export type ScorecardPageRow = ScorecardChunkRow & ScoreColumns;

interface AnswerDbRow {
  scorecard_id: string;
  element_id: string;
  value: string | null;
  comment: string;
  updated_at: string;
}

const decode = (text: string | null): AnswerValue | null => (text === null ? null : /^\d+$/.test(text) ? Number(text) : (text as AnswerValue));

/**
 * The reads of a CSV export: a page of scorecards by (occurred_at, id) —
 * keyset paging, so chunk 50 costs what chunk 1 costs and a scorecard added
 * meanwhile neither repeats nor shifts a row — and the answers of that page
 * in one query. Prepared once per filter shape.
 */
export function createCsvQueries(db: Database.Database) {
  const pages = new Map<string, Database.Statement>();
  const counts = new Map<string, Database.Statement>();
  const prepared = (cache: Map<string, Database.Statement>, key: string, sql: () => string) => {
    let statement = cache.get(key);
    if (!statement) cache.set(key, (statement = db.prepare(sql())));
    return statement;
  };
  const answersOf = db.prepare<[string], AnswerDbRow>(
    `SELECT scorecard_id, element_id, value, comment, updated_at FROM answers
     WHERE scorecard_id IN (SELECT value FROM json_each(?))`,
  );

  const notesOf = db.prepare<[string], { id: string; scorecard_id: string; element_id: string | null; at_seconds: number; text: string; created_at: string }>(
    `SELECT id, scorecard_id, element_id, at_seconds, text, created_at FROM notes
     WHERE scorecard_id IN (SELECT value FROM json_each(?)) ORDER BY scorecard_id, at_seconds, created_at, id`,
  );

  return {
    page(filter: ChunkFilter, limit: number): ScorecardPageRow[] {
      const statement = prepared(pages, shapeOf(filter, true), () =>
        `SELECT s.id, s.revision, s.status, s.occurred_at AS occurredAt, s.completed_at AS completedAt, s.template_version_id AS templateVersionId,
                s.reviewer_name AS reviewerName, a.name AS agentName, a.team, i.channel, i.reference,
                (SELECT file_name FROM recordings WHERE interaction_id = s.interaction_id) AS recordingFile,
                f.went_well AS wentWell, f.work_on AS workOn, sc.revision AS scoreRevision, ${scoreColumns('sc')}
         FROM scorecards s
         -- CROSS JOIN keeps scorecards the outer loop, so the chunk streams from their (time, id) index with no sort.
         CROSS JOIN agents a ON a.id = s.agent_id
         CROSS JOIN interactions i ON i.id = s.interaction_id
         LEFT JOIN scorecard_feedback f ON f.scorecard_id = s.id
         -- In the page, not a second query over the chunk's ids: one index lookup a row (issue 7's CSV figure).
         LEFT JOIN scorecard_scores sc ON s.status = 'completed' AND sc.scorecard_id = s.id AND sc.revision = s.revision
         ${whereClause(filter, true)}
         ORDER BY s.occurred_at, s.id
         LIMIT @limit`,
      );
      return statement.all({ ...filter, limit }) as ScorecardPageRow[];
    },
    count(filter: ChunkFilter): number {
      const statement = prepared(counts, shapeOf(filter, false), () => `SELECT COUNT(*) AS n FROM scorecards s ${whereClause(filter, false)}`);
      const { afterAt: _a, afterId: _b, ...withoutCursor } = filter;
      return (statement.get(withoutCursor) as { n: number }).n;
    },
    /** The notes of a chunk's scorecards, in time order (a completed scorecard's are its revision's: they are read-only). */
    notes(scorecardIds: readonly string[]): Map<string, ExportNote[]> {
      const byScorecard = new Map<string, ExportNote[]>();
      for (const r of notesOf.iterate(JSON.stringify(scorecardIds))) {
        let list = byScorecard.get(r.scorecard_id);
        if (!list) byScorecard.set(r.scorecard_id, (list = []));
        list.push({ id: r.id, elementId: r.element_id, atSeconds: r.at_seconds, text: r.text, createdAt: r.created_at });
      }
      return byScorecard;
    },
    answers(scorecardIds: readonly string[]): Map<string, Answer[]> {
      const byScorecard = new Map<string, Answer[]>(scorecardIds.map((id) => [id, []]));
      for (const r of answersOf.iterate(JSON.stringify(scorecardIds))) {
        byScorecard.get(r.scorecard_id)?.push({ elementId: r.element_id, value: decode(r.value), comment: r.comment, updatedAt: r.updated_at });
      }
      return byScorecard;
    },
  };
}
export type CsvQueries = ReturnType<typeof createCsvQueries>;
