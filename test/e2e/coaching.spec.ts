import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiFor } from './support/api';
import { dayFromToday, seedCoaching, shiftClock } from './support/coaching';
import { docScreenshot } from './support/doc-screenshots';
import { openApp } from './support/fixtures';
import { inkShare, readPdf } from './support/pdf';
import { startHost, type StartedHost } from './support/host';
import { waitForPosition } from './support/player';
import { route } from './support/route';

/** Axe on the whole page at 1280 and 720 px wide (the app's two widths), back at 1280 after. */
async function expectAxeClean(page: Page, name: string): Promise<void> {
  const found: string[] = [];
  for (const width of [720, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const { violations } = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
    for (const v of violations) found.push(`${name} at ${width} px: ${v.id} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  }
  expect(found).toEqual([]);
}

let work: string;
let host: StartedHost;
let clockFile: string;
let seeding: ReturnType<typeof seedCoaching> | undefined;
/** Alex's and Priya's scorecards, made once for the tests that share this host (either may run alone). */
const seed = () => (seeding ??= seedCoaching(apiFor(host.url), work));

test.beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-coaching-'));
  clockFile = path.join(work, 'clock-shift');
  host = await startHost({ env: { CALLMARK_CLOCK_SHIFT_FILE: clockFile } });
});

test.afterAll(async () => {
  await host?.stop();
  fs.rmSync(work, { recursive: true, force: true });
  if (host) fs.rmSync(host.dataFolder, { recursive: true, force: true });
});

// A coach's month: the profile of an agent, a one-to-one built on it with actions, its coaching pack, and the
// follow-up that comes due and goes overdue when the next month comes (the host's clock moved, not waited for).
test('a coach goes from the profile to a session with actions, its pack, and the follow-up overdue next month', async ({ page }) => {
  test.setTimeout(180_000);
  const seeded = await seed();
  await openApp(page, host.url);
  const nav = page.getByRole('navigation', { name: 'Main' });

  await test.step('the profile: mean with n and interval, the trend as a table, needs with their evidence, moments that play', async () => {
    await nav.getByRole('link', { name: /^Coaching/ }).click();
    await expect(page.getByRole('heading', { name: 'Coaching', level: 1 })).toBeVisible();
    await page.getByLabel('Agent', { exact: true }).selectOption({ label: 'Alex Morgan (Blue team)' });
    await page.getByRole('button', { name: 'Open profile' }).click();
    await expect(page.getByRole('heading', { name: 'Alex Morgan: coaching profile', level: 1 })).toBeVisible();
    await expect(page.getByText(/: 6 completed scorecards\./)).toBeVisible();
    await expect(page.getByText(/\(n 6, 95 % interval/)).toBeVisible();
    const needs = page.getByRole('list', { name: 'Development needs' });
    await expect(needs.getByRole('listitem')).not.toHaveCount(0);
    await expect(needs.getByRole('listitem').first()).toContainText('(6 applicable answers)');
    await expect(page.getByText(/never from fewer than 5 applicable answers/)).toBeVisible();
    const trend = page.getByRole('region', { name: 'Score trend' });
    await trend.getByRole('button', { name: /table/i }).click();
    await expect(trend.getByRole('table')).toContainText('Mean %');

    await page.getByRole('button', { name: /^Play 0:04: Went straight to the account \(day 4\)/ }).click();
    // The app's own player, on that scorecard's recording, from the moment on.
    const player = page.getByRole('region', { name: 'Recording and notes' });
    await expect(player).toBeVisible();
    await waitForPosition(page, (seconds) => seconds >= 4, 'the player moves to the moment (0:04) and plays');
    await expect(player.getByText('Went straight to the account (day 4)')).toBeVisible();
    await expect(page.getByText(/Went straight to the account \(day 6\)/)).toBeVisible();
    await expect(page.getByRole('button', { name: /day 6\)/ })).toHaveCount(0);
    await docScreenshot(page, 'coaching-profile-1280');
    await expectAxeClean(page, 'profile');
  });

  await test.step('the session: focus suggested, talking points, actions refused without an owner or due before the session', async () => {
    await page.getByRole('button', { name: 'Start a session for this period' }).click();
    await expect(page.getByRole('heading', { name: 'One-to-one with Alex Morgan', level: 1 })).toBeVisible();
    const suggested = page.getByRole('group', { name: 'Suggested from the development needs' });
    await suggested.getByRole('checkbox').first().check();
    await page.getByLabel('Talking points').fill('Greeting by name on every call.');
    await page.getByLabel('The agent’s view').fill('I rush when the queue is long.');
    // Picking a moment moves it from the offered ones to the picked ones.
    await page.getByRole('group', { name: 'From this period’s scorecards' }).getByRole('checkbox', { name: /Went straight to the account \(day 4\)/ }).click();
    await expect(page.getByRole('list', { name: 'Moments picked' })).toContainText('Went straight to the account (day 4)');

    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Action 1: what').fill('Greet by name on every call');
    await page.getByLabel('Due').fill(dayFromToday(-3));
    const problems = page.getByRole('region', { name: 'Before this session can be completed' });
    await expect(problems).toContainText('Action 1 (“Greet by name on every call”) has no owner: say who will do it.');
    await expect(problems).toContainText('before the session on');
    await page.getByLabel('Owner').fill('Alex Morgan');
    await page.getByLabel('Due').fill(dayFromToday(14));
    await page.getByLabel('Follow-up on').fill(dayFromToday(21));
    await page.getByRole('checkbox', { name: 'The agent has acknowledged this session' }).check();
    await page.getByLabel('Acknowledged on').fill(dayFromToday(0));
    await expect(problems).toHaveCount(0);
    await expect(page.getByText('All changes saved')).toBeVisible();
    await docScreenshot(page, 'coaching-session-1280');
    await expectAxeClean(page, 'session');

    await page.getByRole('button', { name: 'Complete session…' }).click();
    await page.getByRole('dialog', { name: 'Complete this session?' }).getByRole('button', { name: 'Complete session' }).click();
    await expect(page.getByRole('table', { name: 'Agreed actions' })).toContainText('Greet by name on every call');
    await expect(page.getByLabel('Talking points')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Revise…' })).toBeVisible();
  });

  await test.step('the coaching pack: a PDF the host prints with its own Chromium, downloaded, every page read back', async () => {
    await page.getByRole('link', { name: 'Coaching pack (PDF)…' }).click();
    const pack = page.locator('[data-print-ready]');
    await expect(pack).toBeVisible();
    await docScreenshot(page, 'coaching-pack-1280');
    await expectAxeClean(page, 'pack');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    const file = path.join(work, 'pack.pdf');
    await (await download).saveAs(file);
    expect((await download).suggestedFilename()).toMatch(/^coaching-pack-alex-morgan-\d{4}-\d{2}-\d{2}\.pdf$/);
    const { texts, pngs } = readPdf(file, work);
    const all = texts.join(' ');
    // Table cells wrap in the PDF's text, so long texts are looked for in parts.
    for (const words of ['Coaching pack: Alex Morgan', 'Score trend', 'Week of', 'Sections and elements', '1.1 Greeting', 'Development needs', '(6 applicable answers)']) {
      expect(all).toContain(words);
    }
    const evidence = all.slice(all.indexOf('Evidence moments'), all.indexOf('Agreed actions'));
    for (const words of ['0:04', 'Went straight to the', 'account (day 4)', '(Not met)']) expect(evidence).toContain(words);
    expect(all).toMatch(/Agreed actions .*Greet by name on every call Alex Morgan \d+ \w{3} \d{4} Open/);
    expect(all).toMatch(/Agent: Date: Coach: Date:$/);
    expect(all).not.toContain('Save as PDF');
    expect(all).not.toMatch(/Reviews Agents New review/);
    expect(pngs).toHaveLength(texts.length);
    for (const png of pngs) {
      const { width, height, ink } = await inkShare(page, png);
      expect(height / width).toBeCloseTo(297 / 210, 1);
      expect(ink).toBeGreaterThan(0.005);
    }
  });

  await test.step('a single scorecard prints cleanly: no navigation or buttons, a page per section', async () => {
    const scorecard = await apiFor(host.url).call<{ template: { content: { sections: { title: string }[] } } }>('reviews.get', { id: seeded.playableId });
    await route(page, host.url, `#/review/${seeded.playableId}`);
    await expect(page.getByRole('button', { name: 'Print…' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const file = path.join(work, 'scorecard.pdf');
    fs.writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const { texts, pngs } = readPdf(file, work);
    const sections = scorecard.template.content.sections.map((s) => s.title);
    expect(texts.length).toBeGreaterThanOrEqual(sections.length);
    const all = texts.join(' ');
    for (const hidden of ['Print…', 'Revise', 'Coaching', 'Calibration']) expect(all).not.toContain(hidden);
    // Each section after the first begins a page.
    for (const title of sections.slice(1)) expect(texts.some((t) => t.includes(title) && !texts[texts.indexOf(t) - 1]?.includes(title))).toBe(true);
    for (const png of pngs.filter((p) => p.includes('scorecard'))) expect((await inkShare(page, png)).ink).toBeGreaterThan(0.002);
  });

  await test.step('next month: the follow-up and the action are overdue, on the home and in the navigation', async () => {
    await route(page, host.url, '#/coaching');
    await expect(page.getByRole('heading', { name: 'Overdue' })).toBeVisible();
    await expect(page.getByText('Nothing of yours is overdue.')).toBeVisible();
    shiftClock(clockFile, 35);
    await page.reload();
    await expect(page.getByRole('list', { name: 'Follow-ups overdue' })).toContainText('Alex Morgan');
    await expect(page.getByRole('region', { name: 'Overdue' })).toContainText('Greet by name on every call');
    await expect(nav.getByRole('link', { name: /^Coaching/ })).toContainText('2 overdue');
    await docScreenshot(page, 'coaching-home-1280');
    await expectAxeClean(page, 'home');
  });
});

/** Presses Tab until `target` has focus (at most `limit` presses): it can be reached from the keyboard, in order. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

// The same path with the keyboard alone: no click from the Coaching home to a completed session.
test('a coach reaches a profile, prepares a session with an action and completes it from the keyboard alone', async ({ page }) => {
  await seed();
  await openApp(page, host.url);
  await route(page, host.url, '#/coaching');
  await expect(page.getByRole('heading', { name: 'Coaching', level: 1 })).toBeVisible();
  const agent = page.getByLabel('Agent', { exact: true });
  await tabTo(page, agent);
  await agent.selectOption({ label: 'Priya Shah (Blue team)' }); // as the arrow keys do on a focused select
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Open profile' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Priya Shah: coaching profile', level: 1 })).toBeVisible();

  const start = page.getByRole('button', { name: 'Start a session for this period' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'One-to-one with Priya Shah', level: 1 })).toBeVisible();
  await tabTo(page, page.getByLabel('Talking points'));
  await page.keyboard.type('Keep the greeting as it is.');
  await tabTo(page, page.getByRole('button', { name: 'Add an action' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Action 1: what'));
  await page.keyboard.type('Share the greeting with the team');
  await tabTo(page, page.getByLabel('Owner'));
  await page.keyboard.type('Priya Shah');
  // A date field takes its parts as typed digits, month first in this browser's en-US locale; after next month's clock move.
  const [year, month, day] = dayFromToday(60).split('-');
  await tabTo(page, page.getByLabel('Due'));
  await page.keyboard.type(`${month}${day}${year}`);
  await expect(page.getByLabel('Due')).toHaveValue(dayFromToday(60));
  await expect(page.getByText('All changes saved')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Complete session…' }), 150);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Complete this session?' });
  await tabTo(page, dialog.getByRole('button', { name: 'Complete session' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Agreed actions' })).toContainText('Share the greeting with the team');
  await expect(page.getByRole('button', { name: 'Revise…' })).toBeVisible();
});
