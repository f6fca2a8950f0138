import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createCallmarkService } from '../electron/services';
import { dispatch } from '../shared/api/dispatch';
import { scoreScorecard, type AnswerInput } from '../shared/scoring';
import { BUILTIN_TEMPLATE_VERSION_ID, builtinTemplate } from '../shared/templates/builtin';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { apiFor } from '../test/e2e/support/api';
import { startHost } from '../test/e2e/support/host';
import { generateScorecards } from './generate/scorecards';
import { once, printRows, time, timeAsync, type Row } from './harness';

const SCORECARDS = Number(process.env.CALLMARK_BENCH_TEMPLATE_SCORECARDS ?? 1000);
const RUNS = Number(process.env.CALLMARK_BENCH_TEMPLATE_RUNS ?? 5);
const BUILDER_RUNS = Number(process.env.CALLMARK_BENCH_BUILDER_RUNS ?? 3);
const repoRoot = path.resolve(import.meta.dirname, '..');

/**
 * Issue 9's figures. Publishing a version and the what-if over the last 1 000
 * completed scorecards of the previous version, through the service, beside
 * the engine's bare scoring of the same scorecards (answers already in
 * memory); and the builder in Chromium with a 20 × 30 template, its longest
 * main-thread task while a person types, moves, adds and changes things,
 * beside a bare DOM update of as many rows in the same browser.
 */
export async function benchTemplates(): Promise<void> {
  await benchPublishAndWhatIf();
  await benchBuilder();
}

async function benchPublishAndWhatIf(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-bench-templates-'));
  const service = createCallmarkService({ dataFolder: folder });
  const call = async <T>(name: Parameters<typeof dispatch>[1], input: unknown): Promise<T> => {
    const envelope = await dispatch(service.handlers, name, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as T;
  };
  try {
    const reviewer = await call<{ id: string; name: string }>('reviewer.setName', { name: 'Bench Lead' });
    // The seed's form, published as a template of this install, so it can have a next version.
    const { templateId } = await call<{ templateId: string }>('templates.duplicate', { versionId: BUILTIN_TEMPLATE_VERSION_ID, name: 'Council form' });
    const v1 = await call<{ id: string }>('templates.publish', { templateId });
    // Completed scorecards straight through the tables (the generator writes the built-in version's), then moved to this copy, whose elements are the same.
    generateScorecards(service.context.db, { scorecards: SCORECARDS, agents: 40, days: 90, reviewer });
    service.context.db.prepare('UPDATE scorecards SET template_version_id = ? WHERE template_version_id = ?').run(v1.id, BUILTIN_TEMPLATE_VERSION_ID);

    // The next draft: "Meets" from 60, one element reworded, one split in two.
    const detail = await call<{ draft: { content: typeof builtinTemplate } }>('templates.startDraft', { templateId });
    const draft = structuredClone(detail.draft.content);
    draft.bands = draft.bands.map((b) => (b.id === 'does-not-meet' ? { ...b, to: 60 } : b.id === 'meets' ? { ...b, from: 60 } : b));
    draft.sections[0]!.elements[1] = { ...draft.sections[0]!.elements[1]!, label: 'Introduces self and team by name' };
    const [first] = draft.sections[3]!.elements.splice(0, 1, { ...draft.sections[3]!.elements[0]!, id: 'close-1a', label: 'Summarise the call' });
    draft.sections[3]!.elements.splice(1, 0, { ...first!, id: 'close-1b', label: 'Summarise next steps' });
    await call('templates.saveDraft', { templateId, content: draft });

    const whatIf = await timeAsync(() => call('templates.whatIf', { templateId, limit: SCORECARDS }), RUNS);
    // The raw limit: the engine alone on the same scorecards, answers already read.
    const answerSets = service.context.db
      .prepare<[string], { scorecard_id: string; element_id: string; value: string | null; comment: string }>(
        'SELECT a.scorecard_id, a.element_id, a.value, a.comment FROM answers a JOIN scorecards s ON s.id = a.scorecard_id WHERE s.template_version_id = ?',
      )
      .all(v1.id)
      .reduce((sets, r) => {
        const set = sets.get(r.scorecard_id) ?? new Map<string, AnswerInput>();
        set.set(r.element_id, { value: r.value === null ? null : /^\d+$/.test(r.value) ? Number(r.value) : (r.value as AnswerInput['value']), comment: r.comment });
        return sets.set(r.scorecard_id, set);
      }, new Map<string, Map<string, AnswerInput>>());
    const bare = time(() => {
      for (const answers of answerSets.values()) scoreScorecard(builtinTemplate, answers);
    }, RUNS);
    const published = await (async () => {
      const start = process.hrtime.bigint();
      await call('templates.publish', { templateId });
      return Number(process.hrtime.bigint() - start) / 1e6;
    })();
    const bareValidate = once(() => scoreScorecard(builtinTemplate, answerSets.values().next().value!));

    printRows(`Templates: publishing and the what-if (${answerSets.size} completed scorecards of the previous version)`, [
      { name: 'what-if over them through the service (median)', value: whatIf.median, unit: 'ms', limit: { label: 'the engine scoring them bare, once', value: bare.median } },
      { name: 'what-if against its target', value: whatIf.median, unit: 'ms', limit: { label: 'target, under', value: 1000 } },
      { name: 'publishing the next version (map, freeze, queue), once', value: published, unit: 'ms', limit: { label: 'target, under', value: 1000 } },
      { name: 'one scorecard scored bare, for scale', value: bareValidate.ms, unit: 'ms' },
    ]);
  } finally {
    await service.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Before any page script: every long task (≥ 50 ms, Chromium's own threshold),
 * and every key or input event that took 16 ms or more from the key to the
 * next paint (Event Timing): a person feels the second one.
 */
const INSTRUMENT = `
  window.__tasks = [];
  window.__events = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__events.push([e.startTime, e.duration, e.name]); })
    .observe({ type: 'event', durationThreshold: 16, buffered: true });
`;

const since = (page: Page, list: '__tasks' | '__events', t: number) =>
  page.evaluate(([name, from]) => (window as unknown as Record<string, [number, number][]>)[name as string]!.filter(([start]) => start >= (from as number)).map(([, d]) => d), [list, t] as const);

/** A template at the size: 20 sections of 30 elements, every third a 0–10 scale with labels, guidance on each. */
function bigTemplate(): object {
  const labels = Array.from({ length: 11 }, (_, i) => `Point ${i}`);
  return {
    ...builtinTemplate,
    name: 'Twenty by thirty',
    sections: Array.from({ length: 20 }, (_, s) => ({
      id: `section-${s + 1}`,
      title: `Section ${s + 1}`,
      weight: 1 + (s % 3),
      elements: Array.from({ length: 30 }, (_, e) =>
        e % 3 === 0
          ? { id: `e-${s + 1}-${e + 1}`, kind: 'scale', label: `Scale element ${s + 1}.${e + 1} about listening`, max: 10, scaleLabels: labels, guidance: 'What good looks like, in a sentence or two.' }
          : { id: `e-${s + 1}-${e + 1}`, kind: 'check', label: `Element ${s + 1}.${e + 1} checks something specific`, allowNotApplicable: e % 4 === 0, guidance: 'What good looks like.' },
      ),
    })),
  };
}

interface EditingRun {
  openMs: number;
  openLongest: number;
  /** Long tasks, and slow key-to-paint events, from the first key on. */
  tasks: number[];
  events: number[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Opens the builder on a fresh page and does what a person does in it, key by key. */
async function editOnce(browser: Browser, hostUrl: string, templateId: string): Promise<EditingRun> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(INSTRUMENT);
    const start = Date.now();
    await page.goto(`${hostUrl}&/templates/${templateId}`);
    await page.waitForSelector('#tb-row-619');
    const openMs = Date.now() - start;
    await page.waitForTimeout(300);
    const openLongest = Math.max(0, ...(await since(page, '__tasks', 0)));
    const from = await page.evaluate(() => performance.now());
    await page.focus('#tb-row-0');
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' with more words typed one key at a time');
    await page.keyboard.press('Escape');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Alt+ArrowDown');
    for (let i = 0; i < 3; i++) await page.keyboard.press('e');
    await page.keyboard.press('End');
    await page.getByRole('radio', { name: 'Scale' }).check();
    await page.getByLabel('Highest point').fill('10');
    await page.getByLabel('Band 2 starts at').fill('65');
    await page.getByText(/^All changes saved/).waitFor();
    await page.waitForTimeout(300);
    return { openMs, openLongest, tasks: await since(page, '__tasks', from), events: await since(page, '__events', from) };
  } finally {
    await page.close();
  }
}

async function benchBuilder(): Promise<void> {
  const executablePath = await findChromium();
  if (!executablePath) {
    console.log('\n## Templates: the builder (Chromium)\n- skipped: no Chromium found (see scripts/chromium.mjs)');
    return;
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-bench-builder-'));
  // A renderer built for this run, in its own folder: the shared dist/ may be mid-rebuild by someone else.
  const rendererDir = path.join(folder, 'renderer');
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', rendererDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const host = await startHost({ dataFolder: path.join(folder, 'data'), env: { CALLMARK_RENDERER_DIR: rendererDir } });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const api = apiFor(host.url);
    await api.call('reviewer.setName', { name: 'Bench Lead' });
    const { templateId } = await api.call<{ templateId: string }>('templates.create', { name: 'Twenty by thirty' });
    await api.call('templates.saveDraft', { templateId, content: bigTemplate() });

    const runs: EditingRun[] = [];
    for (let i = 0; i < BUILDER_RUNS; i++) runs.push(await editOnce(browser, host.url, templateId));
    // The raw limit: the same browser filling a bare page (the host's 404) with 620 plain rows at once, no framework, no validation.
    const page = await browser.newPage();
    await page.goto(`${new URL(host.url).origin}/bench-bare-page`);
    const bare = await page.evaluate(() => {
      const list = document.createElement('ol');
      document.body.append(list);
      const t0 = performance.now();
      list.innerHTML = Array.from({ length: 620 }, (_, i) => `<li tabindex="-1"><span>${i}</span> Element ${i} checks something specific <span>scale 0–10</span></li>`).join('');
      list.getBoundingClientRect();
      const ms = performance.now() - t0;
      list.remove();
      return ms;
    });

    const longest = runs.map((r) => Math.max(0, ...r.tasks));
    const slowestPaint = runs.map((r) => Math.max(0, ...r.events));
    const rows: Row[] = [
      { name: `builder, 20 × 30: longest main-thread task while editing (median of ${runs.length} runs)`, value: median(longest), unit: 'ms', limit: { label: 'one frame budget, under', value: 50 } },
      { name: 'builder, 20 × 30: the same, worst run', value: Math.max(...longest), unit: 'ms', limit: { label: 'one frame budget, under', value: 50 } },
      { name: 'builder, 20 × 30: tasks over 50 ms while editing, all runs (count)', value: runs.reduce((n, r) => n + r.tasks.length, 0), unit: 'tasks' },
      { name: 'builder, 20 × 30: slowest key or input to the next paint (Event Timing, median of runs)', value: median(slowestPaint), unit: 'ms', limit: { label: 'one frame budget, under', value: 50 } },
      { name: 'builder, 20 × 30: longest task while opening (median)', value: median(runs.map((r) => r.openLongest)), unit: 'ms', limit: { label: 'a bare DOM update of 620 rows, same browser', value: bare } },
      { name: 'builder, 20 × 30: open to every row on screen (wall, median)', value: median(runs.map((r) => r.openMs)), unit: 'ms' },
    ];
    printRows('Templates: the builder (Chromium)', rows);
    await page.close();
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
