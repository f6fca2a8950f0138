import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createCallmarkService } from '../electron/services';
import { prepareUnwatched } from '../electron/services/db/slow-statements';
import { findChromium, printUrlToPdf } from '../electron/host/print/chromium-pdf';
import { startHostServer } from '../electron/host/server';
import type { MethodName } from '../shared/api';
import { dispatch } from '../shared/api/dispatch';
import { generateScorecards } from './generate/scorecards';
import { printRows, time, timeAsync, type Row } from './harness';

const SCORECARDS = Number(process.env.CALLMARK_BENCH_SCORECARDS ?? 100_000);
const SAMPLES = Number(process.env.CALLMARK_BENCH_COACHING_SAMPLES ?? 15);
const PDF_SAMPLES = Number(process.env.CALLMARK_BENCH_PDF_SAMPLES ?? 3);
const YEAR = { from: '2025-11-01', to: '2026-10-31' };

/**
 * Issue 8's figures: an agent's coaching profile (about 500 scorecards over two
 * years, in a database of 100 000) beside the bare SQL of the same figures, and
 * a year's coaching pack printed to PDF by the browser host's Chromium beside
 * the same Chromium printing a static page with as much text and as many pages.
 */
export async function benchCoaching(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-bench-coaching-'));
  const service = createCallmarkService({ dataFolder: folder, slowStatements: () => undefined });
  const call = async (name: MethodName, input: unknown) => {
    const envelope = await dispatch(service.handlers, name, input);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value;
  };
  try {
    const db = service.context.db;
    const reviewer = (await call('reviewer.setName', { name: 'Bench Coach' })) as { id: string; name: string };
    const { agentIds } = generateScorecards(db, { scorecards: SCORECARDS, agents: 200, days: 730, reviewer, otherReviewers: [] });
    await call('reports.rebuild', {});
    db.exec('ANALYZE');
    const agentId = agentIds[17]!;
    const all = { from: '2024-11-01', to: '2026-10-31' };
    const prepare = prepareUnwatched(db);
    // The same figures straight from the tables: each counted scorecard's score and band (mean, n, trend, band mix) and
    // the agent's and the team's met and applicable answers per element.
    const scores = prepare(
      `SELECT s.occurred_at, ss.overall_value, ss.band_id FROM scorecards s JOIN scorecard_scores ss ON ss.scorecard_id = s.id AND ss.revision = s.revision
       WHERE s.agent_id = ? AND s.status = 'completed' AND s.occurred_at >= ? AND s.occurred_at < ? ORDER BY s.occurred_at`,
    );
    const elements = prepare(
      `SELECT s.agent_id = ? AS mine, a.element_id, SUM(a.value = 'met') AS met, SUM(a.value IN ('met', 'not_met')) AS applicable
       FROM scorecards s JOIN agents g ON g.id = s.agent_id JOIN answers a ON a.scorecard_id = s.id
       WHERE g.team = (SELECT team FROM agents WHERE id = ?) AND s.status = 'completed' AND s.occurred_at >= ? AND s.occurred_at < ? GROUP BY 1, 2`,
    );
    const count = (scores.all(agentId, all.from, '2026-11-01') as unknown[]).length;
    const raw = time(() => {
      scores.all(agentId, all.from, '2026-11-01');
      elements.all(agentId, agentId, all.from, '2026-11-01');
    }, SAMPLES);
    await call('coaching.profile', { agentId, period: all });
    const profile = await timeAsync(() => call('coaching.profile', { agentId, period: all }), SAMPLES);
    const rows: Row[] = [{ name: `agent profile, ${count} scorecards over two years (median)`, value: profile.median, unit: 'ms', limit: { label: 'bare SQL of the same figures', value: raw.median } }];
    rows.push(...(await benchPackPdf(service.handlers, call, agentId, folder)));
    printRows(`Coaching: ${SCORECARDS.toLocaleString('en')} completed scorecards, 200 agents`, rows);
  } finally {
    await service.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function benchPackPdf(handlers: Parameters<typeof startHostServer>[0]['handlers'], call: (n: MethodName, i: unknown) => Promise<unknown>, agentId: string, folder: string): Promise<Row[]> {
  const chromium = findChromium(process.env);
  const staticDir = path.resolve(import.meta.dirname, '../dist/renderer');
  if (!chromium || !fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.log('coaching pack PDF: skipped (needs a Chromium and `npm run build:renderer`)');
    return [];
  }
  const session = (await call('coaching.sessions.start', { agentId, period: YEAR })) as { session: { id: string } };
  const host = await startHostServer({ handlers, staticDir, token: 'bench-token-0123456789abcdef0123456789abcdef' });
  try {
    const url = `${host.url}#token=bench-token-0123456789abcdef0123456789abcdef&/coaching/session/${session.session.id}/pack`;
    const pdf = await printUrlToPdf({ chromium, url });
    const file = path.join(folder, 'pack.pdf');
    fs.writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 1);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    // A static page as long: the pack's own text, a page of it per printed page.
    const perPage = Math.ceil(text.length / pages);
    const chunks = Array.from({ length: pages }, (_, i) => text.slice(i * perPage, (i + 1) * perPage).replace(/[<&]/g, ' '));
    const staticFile = path.join(folder, 'static.html');
    fs.writeFileSync(staticFile, `<!doctype html><meta charset="utf-8"><style>section{break-after:page;white-space:pre-wrap;font:10pt sans-serif}</style>${chunks.map((c) => `<section>${c}</section>`).join('')}`);
    const packTime = await timeAsync(() => printUrlToPdf({ chromium, url }), PDF_SAMPLES);
    const staticTime = await timeAsync(() => printUrlToPdf({ chromium, url: `file://${staticFile}`, readyExpression: 'true' }), PDF_SAMPLES);
    return [{ name: `coaching pack PDF, a year (${pages} pages, median of ${PDF_SAMPLES})`, value: packTime.median, unit: 'ms', limit: { label: 'Chromium printing a static page as long', value: staticTime.median } }];
  } finally {
    await host.close();
  }
}
