import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCallmarkService } from '../electron/services';
import { prepareUnwatched } from '../electron/services/db/slow-statements';
import type { MethodName } from '../shared/api';
import { dispatch } from '../shared/api/dispatch';
import { BUILTIN_TEMPLATE_VERSION_ID, builtinTemplate } from '../shared/templates/builtin';
import { generateScorecards } from './generate/scorecards';
import { pagesWritten, rewritePages } from './completion-floor';
import { once, printRows, time, timeAsync, type Row } from './harness';

const SCORECARDS = Number(process.env.CALLMARK_BENCH_SCORECARDS ?? 100_000);
const SAMPLES = Number(process.env.CALLMARK_BENCH_REPORT_SAMPLES ?? 15);
const COMPLETIONS = Number(process.env.CALLMARK_BENCH_COMPLETIONS ?? 300);

/**
 * Issue 7's figures over 100 000 completed scorecards and 2 000 000 answers
 * (200 agents, 8 reviewers, two years): every Reports query (median) beside
 * the naive GROUP BY over the answers table that a report without facts would
 * run; the CSV export beside its bare SELECT; completing a scorecard (stored
 * score, facts, export document) beside a bare answer upsert, at p99, and
 * beside a bare transaction writing as many pages as a completion does
 * (./completion-floor.ts), the floor no completion can go under.
 */
export async function benchReports(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-bench-reports-'));
  const service = createCallmarkService({ dataFolder: folder, modules: { reports: { timeZone: 'Europe/London' } }, slowStatements: () => undefined });
  const call = async (name: MethodName, input: unknown) => {
    const envelope = await dispatch(service.handlers, name, input);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value;
  };
  try {
    const db = service.context.db;
    const reviewer = (await call('reviewer.setName', { name: 'Bench Reviewer' })) as { id: string; name: string };
    const otherReviewers = Array.from({ length: 7 }, (_, i) => ({ id: `00000000-0000-4000-8000-00000000000${i + 1}`, name: `Reviewer ${i + 2}` }));
    const generated = once(() => generateScorecards(db, { scorecards: SCORECARDS, agents: 200, days: 730, reviewer, otherReviewers }));
    const rebuild = once(() => service.handlers['reports.rebuild']({}));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('ANALYZE');
    const prepare = prepareUnwatched(db);

    // The naive way: every answer of every completed scorecard, grouped, as a report without facts would read them.
    const naive = prepare(
      `SELECT s.agent_id, a.element_id, SUM(a.value = 'met') AS met, SUM(a.value = 'not_met') AS notMet, COUNT(*) AS answered
       FROM answers a JOIN scorecards s ON s.id = a.scorecard_id WHERE s.status = 'completed' GROUP BY s.agent_id, a.element_id`,
    );
    const naiveTime = time(() => naive.all(), 3);
    const limit = { label: 'naive GROUP BY over the answers', value: naiveTime.median };

    const agentId = generated.value.agentIds[17]!;
    const ranges = {
      'two years': { from: '2024-11-01', to: '2026-10-31' },
      'last 90 days': { from: '2026-08-03', to: '2026-10-31' },
    };
    const rows: Row[] = [];
    for (const [label, range] of Object.entries(ranges)) {
      const filter = { ...range, source: 'all' };
      const queries: [string, MethodName, unknown][] = [
        ['means per team and agent', 'reports.means', { filter }],
        ['band mix', 'reports.bands', { filter }],
        ['trend by month', 'reports.trend', { filter, by: 'month' }],
        ['trend by week', 'reports.trend', { filter, by: 'week' }],
        ['element heat map (facts)', 'reports.elements', { filter }],
        ['element heat map, one reviewer (per scorecard)', 'reports.elements', { filter: { ...filter, reviewerId: reviewer.id } }],
        ['reviewer comparison', 'reports.reviewers', { filter }],
        ['volume per agent and month', 'reports.volume', { filter }],
        ['satisfaction beside QA', 'reports.satisfaction', { filter }],
        ['scorecards behind one agent cell (first 100)', 'reports.scorecards', { filter, cell: { agentId }, limit: 100 }],
      ];
      for (const [name, method, input] of queries) {
        await call(method, input);
        const t = await timeAsync(() => call(method, input), SAMPLES);
        rows.push({ name: `${name}, ${label} (median)`, value: t.median, unit: 'ms', limit });
      }
    }
    const drafts = await timeAsync(() => call('reports.staleDrafts', { olderThanDays: 7 }), SAMPLES);
    rows.push({ name: 'drafts open longer than 7 days (median)', value: drafts.median, unit: 'ms', limit });
    const summary = await timeAsync(() => call('reports.summary', {}), SAMPLES);
    rows.push({ name: 'home summary, last 30 days (median)', value: summary.median, unit: 'ms', limit });

    // CSV: every scorecard, one row each, in chunks of 2 000, beside the bare SELECT of the same rows.
    const exportAll = async (kind: 'scorecards' | 'answers', extra: object) => {
      let cursor: string | undefined;
      let n = 0;
      do {
        const chunk = (await call('export.csv', { kind, ...extra, ...(cursor ? { cursor } : {}) })) as { rows: number; nextCursor: string | null };
        n += chunk.rows;
        cursor = chunk.nextCursor ?? undefined;
      } while (cursor);
      return n;
    };
    const month = { from: '2026-09-01', to: '2026-09-30' };
    await exportAll('scorecards', month);
    const bareRows = prepare(
      `SELECT s.*, a.name, a.team, i.channel, i.reference FROM scorecards s JOIN agents a ON a.id = s.agent_id JOIN interactions i ON i.id = s.interaction_id
       ORDER BY s.occurred_at, s.id`,
    );
    // Median of three, each export followed by its bare SELECT, so a busy spell on this shared machine hits both alike.
    const csvRuns: number[] = [];
    const bareRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      csvRuns.push((await timeAsync(() => exportAll('scorecards', {}), 1)).median);
      bareRuns.push(time(() => bareRows.all(), 1).median);
    }
    const middle = (runs: number[]) => [...runs].sort((a, b) => a - b)[1]!;
    const csvAll = { median: middle(csvRuns) };
    const bareAll = { median: middle(bareRuns) };
    const csvMonth = await timeAsync(() => exportAll('answers', month), 3);
    const bareMonth = prepare(
      `SELECT s.*, a.name, a.team, i.channel, i.reference, x.element_id, x.value, x.comment FROM scorecards s JOIN agents a ON a.id = s.agent_id
       JOIN interactions i ON i.id = s.interaction_id JOIN answers x ON x.scorecard_id = s.id
       WHERE s.occurred_at >= '2026-09-01' AND s.occurred_at < '2026-10-01' ORDER BY s.occurred_at, s.id`,
    );
    const bareMonthTime = time(() => bareMonth.all(), 3);
    rows.push({ name: `CSV, one row per scorecard, all ${SCORECARDS.toLocaleString('en')} (median of 3)`, value: csvAll.median, unit: 'ms', limit: { label: 'bare SELECT of the same rows', value: bareAll.median } });
    rows.push({ name: 'CSV, one row per answer, one month (median of 3)', value: csvMonth.median, unit: 'ms', limit: { label: 'bare SELECT of the rows and answers', value: bareMonthTime.median } });

    // Completion: a draft with every answer given, completed through the service (stored score, facts, export document).
    const elementIds = builtinTemplate.sections.flatMap((s) => s.elements.map((e) => e.id));
    const ready: string[] = [];
    for (let i = 0; i < COMPLETIONS; i++) {
      const detail = (await call('reviews.create', {
        agentId: generated.value.agentIds[i % 200],
        templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
        interaction: { channel: 'phone', occurredAt: new Date(Date.UTC(2026, 9, 1 + (i % 28), 9)).toISOString() },
      })) as { scorecard: { id: string } };
      for (const [k, elementId] of elementIds.entries()) await call('reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId, value: k % 7 === 0 ? 'not_met' : 'met' });
      ready.push(detail.scorecard.id);
    }
    const pages = pagesWritten(db, service.databasePath, () => void service.handlers['reviews.complete']({ scorecardId: ready.pop()! }));
    let next = 0;
    const complete = await timeAsync(() => call('reviews.complete', { scorecardId: ready[next++] }), COMPLETIONS - 1);
    const upsert = prepare(
      `INSERT INTO answers (scorecard_id, element_id, value, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (scorecard_id, element_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
    const draft = (await call('reviews.create', { agentId, templateVersionId: BUILTIN_TEMPLATE_VERSION_ID, interaction: { channel: 'phone', occurredAt: '2026-10-30T09:00:00Z' } })) as {
      scorecard: { id: string };
    };
    let u = 0;
    const bare = time(() => void upsert.run(draft.scorecard.id, elementIds[u++ % 20], u % 2 ? 'met' : 'not_met', new Date().toISOString()), COMPLETIONS * 5);
    rows.push({ name: `complete a scorecard through the service, p99 of ${COMPLETIONS - 1}`, value: complete.p99, unit: 'ms', limit: { label: 'bare answer upsert, autocommit, p99', value: bare.p99 } });
    rows.push({ name: `complete a scorecard through the service, median`, value: complete.median, unit: 'ms', limit: { label: 'bare answer upsert, autocommit, median', value: bare.median } });
    const floor = rewritePages(db, pages, COMPLETIONS);
    rows.push({ name: `complete a scorecard, p99, beside its own write (${pages} pages)`, value: complete.p99, unit: 'ms', limit: { label: `bare transaction rewriting ${pages} pages, p99`, value: floor.p99 } });
    rows.push({ name: `complete a scorecard, median, beside its own write (${pages} pages)`, value: complete.median, unit: 'ms', limit: { label: `bare transaction rewriting ${pages} pages, median`, value: floor.median } });

    const check = once(() => service.handlers['reports.check']({}) as { scoreDifferences: unknown[]; factDifferences: unknown[] });
    const counts = db.prepare(`SELECT (SELECT COUNT(*) FROM answers) AS answers, (SELECT COUNT(*) FROM report_element_days) AS days, (SELECT COUNT(*) FROM report_element_months) AS months`).get() as {
      answers: number;
      days: number;
      months: number;
    };
    printRows(`Reports: ${SCORECARDS.toLocaleString('en')} completed scorecards, ${counts.answers.toLocaleString('en')} answers, 200 agents, 8 reviewers, two years`, [
      { name: 'fill the database (bench only)', value: generated.ms / 1000, unit: 's' },
      { name: `rebuild every fact from scratch (${counts.days.toLocaleString('en')} day rows, ${counts.months.toLocaleString('en')} month rows)`, value: rebuild.ms / 1000, unit: 's' },
      ...rows,
      {
        name: `check: every stored score against the engine and every fact against a recomputation (${check.value.scoreDifferences.length + check.value.factDifferences.length} differences)`,
        value: check.ms / 1000,
        unit: 's',
      },
    ]);
  } finally {
    await service.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
