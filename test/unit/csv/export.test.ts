import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CsvExportChunk, CsvExportInput } from '../../../shared/api/server-sync';
import { BUILTIN_TEMPLATE_VERSION_ID, builtinTemplate } from '../../../shared/templates/builtin';
import { openService, type OpenedService } from '../../support/service';
import { csvObjects, parseCsv } from './parse-csv';

const elementIds = builtinTemplate.sections.flatMap((s) => s.elements.map((e) => e.id));
const COMMENT = 'Said "sorry", twice,\nthen hung up; see 01:23';

let s: OpenedService;
const ids: Record<string, string> = {};

/** A review of the built-in card: `misses` elements not met (with comments), the rest met; completed unless told. */
async function review(agentId: string, occurredAt: string, misses: number, comments: string[], complete = true, answered = elementIds.length) {
  const detail = await s.call('reviews.create', { agentId, templateVersionId: BUILTIN_TEMPLATE_VERSION_ID, interaction: { channel: 'phone', occurredAt, reference: `REF-${occurredAt.slice(0, 10)}` } });
  const id = detail.scorecard.id;
  for (const [i, elementId] of elementIds.slice(0, answered).entries()) {
    await s.call('reviews.setAnswer', { scorecardId: id, elementId, value: i < misses ? 'not_met' : 'met' });
    if (comments[i]) await s.call('reviews.setComment', { scorecardId: id, elementId, text: comments[i] });
  }
  if (complete) await s.call('reviews.complete', { scorecardId: id });
  return id;
}

async function exportAll(input: CsvExportInput): Promise<{ text: string; chunks: CsvExportChunk[] }> {
  const chunks: CsvExportChunk[] = [];
  let cursor: string | undefined;
  do {
    const chunk = await s.call('export.csv', { ...input, ...(cursor ? { cursor } : {}) });
    chunks.push(chunk);
    cursor = chunk.nextCursor ?? undefined;
  } while (cursor);
  return { text: chunks.map((c) => c.text).join(''), chunks };
}

beforeAll(async () => {
  s = openService(undefined, () => new Date('2026-11-21T09:00:00Z'));
  await s.call('reviewer.setName', { name: '@Rita Reviewer' });
  const evil = await s.call('agents.create', { name: '=HYPERLINK("http://evil.example","Click")', team: '+North' });
  const minus = await s.call('agents.create', { name: '-5', team: 'South, East' });
  ids.evil = evil.id;
  ids.minus = minus.id;
  ids.first = await review(evil.id, '2026-11-01T10:00:00.000Z', 1, [COMMENT]);
  ids.second = await review(minus.id, '2026-11-15T10:00:00.000Z', 2, ['=1+1 was what they typed', '-2 points for tone']);
  ids.draft = await review(evil.id, '2026-11-20T10:00:00.000Z', 0, [], false, 10);
});
afterAll(async () => {
  await s.close();
});

// Issue 7's columns, then issue 8's overall feedback: always at the end, in this order.
const LATER_COLUMNS = ['occurred_local', 'occurred_local_iso', 'completed_local', 'completed_local_iso', 'recording_file', 'notes', 'review_notes', 'went_well', 'work_on'];

describe('CSV export through the API', () => {
  it('one row per scorecard, stable headers, safe cells, numbers as numbers', async () => {
    const { text, chunks } = await exportAll({ kind: 'scorecards' });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(chunks[0]?.fileName).toBe('callmark-scorecards-2026-11-21.csv');
    const [header] = parseCsv(text.slice(1));
    expect(header).toEqual([
      'scorecard_id', 'revision', 'status', 'occurred_at', 'completed_at', 'agent', 'team', 'reviewer', 'channel', 'reference',
      'template', 'template_version', 'score_percent', 'score_percent_exact', 'band', 'meets_target', 'automatic_fail',
      'automatic_fail_elements', 'provisional', 'elements_met', 'elements_not_met', 'elements_not_applicable', 'elements_unanswered',
      // Added at the end only (issue 7): columns are stable.
      ...LATER_COLUMNS,
    ]);
    const rows = csvObjects(text);
    expect(rows.map((r) => r.scorecard_id)).toEqual([ids.first, ids.second, ids.draft]);
    const [first, second, draft] = rows;
    expect(first).toMatchObject({
      agent: `'=HYPERLINK("http://evil.example","Click")`,
      team: "'+North",
      reviewer: "'@Rita Reviewer",
      status: 'completed',
      score_percent: '95',
      score_percent_exact: '95',
      band: 'Exceeds expectations',
      meets_target: 'yes',
      provisional: 'no',
      elements_met: '19',
      elements_not_met: '1',
      channel: 'Phone',
      template: 'Quality Monitoring — Customer Services',
    });
    expect(second).toMatchObject({ agent: "'-5", team: 'South, East', score_percent: '90', band: 'Meets expectations' });
    expect(draft).toMatchObject({ status: 'draft', provisional: 'yes', elements_unanswered: '10', completed_at: '' });
    // No customer names (personal data) in any export.
    expect(header).not.toContain('customer');
  });

  it('one row per answer, comments with quotes, commas and newlines intact, formula-like comments neutralised', async () => {
    const { text } = await exportAll({ kind: 'answers' });
    const rows = csvObjects(text);
    expect(rows).toHaveLength(3 * elementIds.length);
    expect(Object.keys(rows[0]!).slice(12)).toEqual([
      'section_id', 'section', 'element_id', 'element', 'kind', 'answer', 'scale_value', 'points_earned', 'points_possible', 'critical', 'comment',
      ...LATER_COLUMNS,
    ]);
    const firstOfFirst = rows.find((r) => r.scorecard_id === ids.first && r.element_id === elementIds[0]);
    expect(firstOfFirst).toMatchObject({ answer: 'Not met', points_earned: '0', points_possible: '1', comment: COMMENT, section: 'Welcome' });
    const ofSecond = rows.filter((r) => r.scorecard_id === ids.second);
    expect(ofSecond[0]?.comment).toBe("'=1+1 was what they typed");
    expect(ofSecond[1]?.comment).toBe("'-2 points for tone");
    expect(ofSecond[2]).toMatchObject({ answer: 'Met', points_earned: '1' });
    const unanswered = rows.filter((r) => r.scorecard_id === ids.draft && r.answer === '');
    expect(unanswered).toHaveLength(10);
    expect(unanswered[0]).toMatchObject({ points_earned: '', points_possible: '' });
  });

  it('one row per section of each scorecard', async () => {
    const rows = csvObjects((await exportAll({ kind: 'sections', status: 'completed' })).text);
    expect(rows).toHaveLength(2 * builtinTemplate.sections.length);
    expect(rows[0]).toMatchObject({ scorecard_id: ids.first, section: 'Welcome', section_percent: '80', section_band: 'Meets expectations', elements: '5' });
  });

  it('filters by agent, status and dates (a date means the whole day, UTC)', async () => {
    const idsOf = async (input: CsvExportInput) => csvObjects((await exportAll(input)).text).map((r) => r.scorecard_id);
    expect(await idsOf({ kind: 'scorecards', agentId: ids.evil })).toEqual([ids.first, ids.draft]);
    expect(await idsOf({ kind: 'scorecards', status: 'completed' })).toEqual([ids.first, ids.second]);
    expect(await idsOf({ kind: 'scorecards', status: 'draft', agentId: ids.evil })).toEqual([ids.draft]);
    expect(await idsOf({ kind: 'scorecards', from: '2026-11-15', to: '2026-11-15' })).toEqual([ids.second]);
    expect(await idsOf({ kind: 'scorecards', from: '2026-11-02' })).toEqual([ids.second, ids.draft]);
    expect(await idsOf({ kind: 'scorecards', to: '2026-11-15T10:00:00.000Z' })).toEqual([ids.first]);
    expect(await idsOf({ kind: 'scorecards', from: '2027-01-01' })).toEqual([]);
    const empty = await s.call('export.csv', { kind: 'answers', from: '2027-01-01' });
    expect(empty).toMatchObject({ rows: 0, scorecards: 0, totalScorecards: 0, nextCursor: null });
    expect(parseCsv(empty.text.slice(1))).toHaveLength(1); // the header alone
  });

  it('chunks join into exactly the single-chunk file, with progress figures', async () => {
    const whole = (await exportAll({ kind: 'answers' })).text;
    const { text, chunks } = await exportAll({ kind: 'answers', limit: 1 });
    expect(text).toBe(whole);
    expect(chunks.map((c) => [c.scorecards, c.rows, c.totalScorecards])).toEqual([
      [1, 20, 3],
      [1, 20, null],
      [1, 20, null],
    ]);
    expect(chunks.at(-1)?.nextCursor).toBeNull();
    expect(chunks.slice(1).every((c) => !c.text.startsWith('\uFEFF'))).toBe(true);
  });

  it('refuses a bad cursor, a backwards range and unknown fields', async () => {
    expect((await s.refuse('export.csv', { kind: 'scorecards', cursor: 'x' })).ok).toBe(false);
    const backwards = await s.refuse('export.csv', { kind: 'scorecards', from: '2026-12-01', to: '2026-11-01' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('from must not be after to') } });
    expect((await s.refuse('export.csv', { kind: 'scorecards', customerName: true })).ok).toBe(false);
    expect((await s.refuse('export.csv', { kind: 'everything' })).ok).toBe(false);
  });
});
