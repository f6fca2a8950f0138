import type { CsvExportChunk, CsvKind } from '../../../shared/api/server-sync';
import {
  answerColumns,
  answerRows,
  csvHead,
  csvRows,
  scorecardColumns,
  scorecardRow,
  sectionColumns,
  sectionRows,
  type CsvColumn,
  type ScoredScorecard,
} from '../../../shared/export/csv';
import { ApiError } from '../../../shared/api';
import type { Repositories } from '../repositories';
import { scoreScorecard, type AnswerInput } from '../../../shared/scoring';
import { chunkFilter, cursorOf, type ParsedInput } from './filter';
import type { CsvQueries, ScorecardChunkRow } from './store';

/** Each kind: its columns, and the rows one scored scorecard gives. */
const kinds: { [K in CsvKind]: { columns: readonly CsvColumn<never>[]; rows: (s: ScoredScorecard) => unknown[] } } = {
  scorecards: { columns: scorecardColumns, rows: (s) => [scorecardRow(s)] },
  sections: { columns: sectionColumns, rows: sectionRows },
  answers: { columns: answerColumns, rows: answerRows },
};

/**
 * One chunk of a CSV export: at most `limit` scorecards, scored from their
 * stored answers by the same engine as the screen (never from the summary
 * columns), turned into rows. Memory is bounded by the chunk, whatever the
 * size of the whole export; the page joins the chunks.
 */
export function exportCsvChunk(queries: CsvQueries, repos: Repositories, input: ParsedInput, today: string): CsvExportChunk {
  const filter = chunkFilter(input);
  // One row more than asked tells whether anything follows, so the last chunk says so itself.
  const fetched = queries.page(filter, input.limit + 1);
  const more = fetched.length > input.limit;
  const page = more ? fetched.slice(0, input.limit) : fetched;
  const answers = queries.answers(page.map((r) => r.id));
  const kind = kinds[input.kind];
  const columns = kind.columns as readonly CsvColumn<unknown>[];

  const rows: unknown[] = [];
  for (const row of page) rows.push(...kind.rows(scored(repos, row, answers.get(row.id) ?? [])));

  const last = page[page.length - 1];
  return {
    fileName: `callmark-${input.kind}-${today}.csv`,
    text: (input.cursor ? '' : csvHead(columns)) + csvRows(columns, rows),
    rows: rows.length,
    scorecards: page.length,
    totalScorecards: queries.count(filter),
    nextCursor: more && last ? cursorOf(last.occurredAt, last.id) : null,
  };
}

function scored(repos: Repositories, row: ScorecardChunkRow, answers: ScoredScorecard['answers']): ScoredScorecard {
  const version = repos.templates.getVersion(row.templateVersionId);
  if (!version) throw new ApiError('internal', `The template version ${row.templateVersionId} of scorecard ${row.id} is missing.`);
  return {
    facts: {
      scorecardId: row.id,
      revision: row.revision,
      status: row.status,
      occurredAt: row.occurredAt,
      completedAt: row.completedAt,
      agentName: row.agentName,
      team: row.team,
      reviewerName: row.reviewerName,
      channel: row.channel,
      reference: row.reference,
      templateName: version.content.name,
      templateVersion: version.version,
    },
    template: version.content,
    answers,
    // The engine only: what is still missing (findMissing) is not exported and would double the cost.
    score: scoreScorecard(version.content, new Map<string, AnswerInput>(answers.map((a) => [a.elementId, { value: a.value, comment: a.comment }]))),
  };
}
