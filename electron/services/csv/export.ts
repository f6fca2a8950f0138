import type { CsvExportChunk, CsvKind } from '../../../shared/api/server-sync';
import {
  answerColumns,
  answerRows,
  checkLocalTimeFormat,
  csvHead,
  csvRows,
  scorecardColumns,
  scorecardRow,
  sectionColumns,
  sectionRows,
  type CsvColumn,
  type LocalTimeFormat,
  type ScoredScorecard,
} from '../../../shared/export/csv';
import { ApiError } from '../../../shared/api';
import type { Repositories } from '../repositories';
import type { StoredScore } from '../../../shared/reports/stored-score';
import type { ScoreResult } from '../../../shared/schemas/scorecard';
import { scoreScorecard, type AnswerInput } from '../../../shared/scoring';
import { scoreKey, toScore } from '../repositories/scores';
import { chunkFilter, cursorOf, type ParsedInput } from './filter';
import type { CsvQueries, ScorecardChunkRow } from './store';

/** Each kind: its columns, the rows one scored scorecard gives, and whether those rows need the answers or the section scores. */
const kinds: { [K in CsvKind]: { columns: readonly CsvColumn<never>[]; rows: (s: ScoredScorecard) => unknown[]; answers: boolean; sections: boolean } } = {
  scorecards: { columns: scorecardColumns, rows: (s) => [scorecardRow(s)], answers: false, sections: false },
  sections: { columns: sectionColumns, rows: sectionRows, answers: false, sections: true },
  answers: { columns: answerColumns, rows: answerRows, answers: true, sections: false },
};

const asResult = (s: StoredScore): ScoreResult => ({
  sections: s.sections,
  overall: s.overall,
  bandId: s.bandId,
  bandLabel: s.bandLabel,
  meetsTarget: s.meetsTarget,
  automaticFail: s.automaticFail,
  automaticFailElementIds: s.automaticFailElementIds,
  provisional: false,
});

/**
 * One chunk of a CSV export: at most `limit` scorecards. A completed
 * scorecard's score is the one stored with its revision when it was
 * completed (issue 7); only a draft is scored by the engine, its score being
 * provisional and still changing. Memory is bounded by the chunk.
 */
export function exportCsvChunk(queries: CsvQueries, repos: Repositories, input: ParsedInput, today: string): CsvExportChunk {
  const time: LocalTimeFormat = { locale: input.locale ?? 'en-GB', timeZone: input.timeZone ?? 'UTC' };
  const problem = checkLocalTimeFormat(time);
  if (problem) throw new ApiError('invalid_input', problem);
  const filter = chunkFilter(input);
  // One row more than asked tells whether anything follows, so the last chunk says so itself.
  const fetched = queries.page(filter, input.limit + 1);
  const more = fetched.length > input.limit;
  const page = more ? fetched.slice(0, input.limit) : fetched;
  const ids = page.map((r) => r.id);
  const kind = kinds[input.kind];
  const drafts = page.filter((r) => r.status !== 'completed').map((r) => r.id);
  const answers = queries.answers(kind.answers ? ids : drafts);
  // Sections only for the sections export; the overall score came with the page.
  const sections = kind.sections
    ? repos.scores.getMany(
        page.filter((r) => r.status === 'completed').map((r) => ({ scorecardId: r.id, revision: r.revision })),
        true,
      )
    : null;
  const notes = queries.notes(ids);
  const columns = kind.columns as readonly CsvColumn<unknown>[];

  const rows: unknown[] = [];
  for (const row of page) {
    const stored = sections ? (sections.get(scoreKey(row.id, row.revision)) ?? null) : row.scoreRevision === null ? null : toScore(row, []);
    const scored = scoredOf(repos, row, answers.get(row.id) ?? [], stored, notes.get(row.id) ?? [], time);
    rows.push(...kind.rows(scored));
  }

  const last = page[page.length - 1];
  return {
    fileName: `callmark-${input.kind}-${today}.csv`,
    text: (input.cursor ? '' : csvHead(columns)) + csvRows(columns, rows),
    rows: rows.length,
    scorecards: page.length,
    totalScorecards: input.cursor ? null : queries.count(filter),
    nextCursor: more && last ? cursorOf(last.occurredAt, last.id) : null,
  };
}

function scoredOf(
  repos: Repositories,
  row: ScorecardChunkRow,
  answers: ScoredScorecard['answers'],
  stored: StoredScore | null,
  notes: ScoredScorecard['facts']['notes'],
  time: LocalTimeFormat,
): ScoredScorecard {
  const version = repos.templates.getVersion(row.templateVersionId);
  if (!version) throw new ApiError('internal', `The template version ${row.templateVersionId} of scorecard ${row.id} is missing.`);
  if (row.status === 'completed' && !stored) throw new ApiError('internal', `Scorecard ${row.id} revision ${row.revision} has no stored score: run npm run check:scores.`);
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
      recordingFile: row.recordingFile ?? '',
      notes,
      feedback: { wentWell: row.wentWell ?? '', workOn: row.workOn ?? '' },
    },
    template: version.content,
    answers,
    time,
    ...(stored
      ? { score: asResult(stored), counts: { met: stored.met, notMet: stored.notMet, notApplicable: stored.notApplicable } }
      : { score: scoreScorecard(version.content, new Map<string, AnswerInput>(answers.map((a) => [a.elementId, { value: a.value, comment: a.comment }]))) }),
  };
}
