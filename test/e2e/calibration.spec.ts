import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { answerWithKeys, completeWithKeys, element, openApp } from './support/fixtures';
import { goToCalibration, openSession, participantRow, readShare, reviewWithRecording, shareFilesUnder } from './support/calibration';
import { startHost, type StartedHost } from './support/host';
import { addFolderTarget, expect, test } from './support/sync';

/**
 * A whole calibration session on one share, three installs as three
 * computers: Jane organises (and is the reference), Sam scores, Kim never
 * does. Publish, blind scoring, a peek that shows nothing, the reveal,
 * results with an outcome, the CSV and the printed PDF.
 */
test('a calibration session from publishing to results, blind until the reveal, across three computers', async ({ page, context, host, tempFolder }) => {
  test.setTimeout(240_000);
  const share = tempFolder();
  const work = tempFolder('callmark-work-');
  const others: StartedHost[] = [];
  try {
    // Jane sets up the share and publishes a session on a call she reviewed, copying its recording into the share.
    await openApp(page, host.url, 'Jane Organiser');
    await addFolderTarget(page, share, 'Team share', 'Set up share');
    await reviewWithRecording(host.url, work, 'Alex Morgan');
    await goToCalibration(page);
    await page.getByRole('link', { name: 'New session…' }).click();
    const form = page.getByRole('form', { name: 'New calibration session' });
    await form.getByLabel('Title').fill('November calibration');
    await expect(form.getByRole('checkbox', { name: 'Jane Organiser (you)' })).toBeChecked();
    for (const name of ['Sam Second', 'Kim Third']) {
      await form.getByLabel('Add a participant by name').fill(name);
      await form.getByLabel('Add a participant by name').press('Enter');
    }
    await form.getByLabel('Reference scorer (optional)').selectOption('Jane Organiser');
    await form.getByRole('checkbox', { name: 'Copy the recording into the shared folder' }).check();
    await form.getByRole('button', { name: 'Publish session' }).click();
    await expect(page.getByRole('heading', { name: 'November calibration', level: 1 })).toBeVisible();
    await expect(participantRow(page, 'Sam Second')).toContainText('Not submitted');
    expect(shareFilesUnder(share, 'calibration-recordings')).toHaveLength(1);

    // Sam, on his own computer, finds it in the share and scores it blind on the usual scoring screen.
    const samHost = await startHost();
    others.push(samHost);
    const sam = await context.newPage();
    await openApp(sam, samHost.url, 'Sam Second');
    await addFolderTarget(sam, share, 'Team share', 'Adopt share');
    await expect.poll(() => shareFilesUnder(share, 'calibration-sessions').length).toBe(1);
    await openSession(sam, 'November calibration');
    await expect(sam.getByRole('status').filter({ hasText: 'The organiser shared the recording: call-5150.wav, checked' })).toBeVisible();
    await sam.getByRole('button', { name: 'Start scoring' }).click();
    await expect(element(sam, '1.1')).toBeFocused();
    await expect(sam.getByRole('region', { name: 'Recording and notes' }).getByText('call-5150.wav')).toBeVisible();
    await answerWithKeys(sam, 'mnk');
    await sam.keyboard.press('c');
    await expect(sam.getByRole('textbox', { name: 'Comment on 1.2' })).toBeFocused();
    await sam.keyboard.type('Gave her name but not the team');
    await sam.keyboard.press('Escape');
    await answerWithKeys(sam, 'jmmmmmmmmmmmmmmmmmm');
    await completeWithKeys(sam, 'Sam Second');

    // A peek at the results, by their address, shows who submitted and nothing else; the share holds no answers.
    const sessionUrl = await sessionAddress(page);
    await sam.evaluate((hash) => (window.location.hash = hash.replace(/$/, '/results')), sessionUrl);
    await expect(sam.getByText(/^Answers stay hidden until every participant has submitted or the organiser reveals them \(1 of 3 submitted\)\.$/)).toBeVisible();
    await expect(sam.getByRole('table', { name: 'Scores' })).toHaveCount(0);
    await expect(sam.getByText('Not met')).toHaveCount(0);
    await expect.poll(() => shareFilesUnder(share, 'calibration-commitments').length).toBe(1);
    expect(shareFilesUnder(share, 'calibration-submissions')).toEqual([]);
    expect(shareFilesUnder(share, 'scorecards')).toEqual([]);

    // Jane sees Sam has submitted (no answers), scores the call herself, and reveals without Kim.
    await readShare(page);
    await expect(participantRow(page, 'Sam Second')).toContainText('Submitted (hidden)');
    await page.getByRole('button', { name: 'Start scoring' }).click();
    await expect(element(page, '1.1')).toBeFocused();
    await answerWithKeys(page, 'mmmmmmmmmmmmmmmmmmmn');
    await completeWithKeys(page, 'Jane Organiser');
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'November calibration', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Reveal answers now…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal the answers now?' });
    await expect(dialog).toContainText('Kim Third has not submitted');
    await dialog.getByRole('button', { name: 'Reveal now' }).click();
    await expect(dialog).toHaveCount(0);

    // Sam's computer publishes his answers once it reads the reveal; Jane's results then show both, Kim as not submitted.
    await sam.evaluate((hash) => (window.location.hash = hash), sessionUrl);
    await readShare(sam);
    await expect.poll(() => shareFilesUnder(share, 'calibration-submissions').length).toBe(2);
    await readShare(page);
    await expect(participantRow(page, 'Sam Second')).toContainText('Counted');
    await expect(participantRow(page, 'Kim Third')).toContainText('Did not submit');
    await page.getByRole('link', { name: 'Results' }).click();
    const scores = page.getByRole('table', { name: 'Scores' });
    await expect(scores.getByRole('row', { name: /^Jane Organiser/ })).toContainText('95.0 %');
    await expect(scores.getByRole('row', { name: /^Sam Second/ })).toContainText('95.0 %');
    await expect(scores.getByRole('row', { name: /^Sam Second/ })).toContainText('±0.0 within ±5');

    // Worst agreement first: the two elements they split on, each with both answers side by side.
    const first = page.getByRole('article').first();
    await expect(first.getByRole('heading', { level: 3 })).toContainText(/^1\.2 /);
    const samsAnswer = first.getByRole('table', { name: 'Answers to 1.2' }).getByRole('row', { name: /^Sam Second/ });
    await expect(samsAnswer).toContainText('Not met');
    await expect(samsAnswer).toContainText('Gave her name but not the team');
    await expect(first).toContainText('Percent agreement: 0 %');
    await first.getByLabel('Right answer').selectOption('Met');
    await first.getByLabel('Note').fill('Introduced herself by name: that meets it.');
    await first.getByLabel('Amend guidance').fill('Met when the agent gives their own name, with or without the team’s.');
    await first.getByRole('button', { name: 'Save outcome' }).click();
    await expect(first.getByRole('status')).toHaveText(/^Saved on this computer/);
    await page.getByRole('button', { name: 'Publish outcomes' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Outcomes published \(revision 1\)/ })).toBeVisible();

    // The CSV holds the same figures.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('calibration-november-calibration.csv');
    const csv = fs.readFileSync((await file.path())!, 'utf8');
    expect(csv).toContain('Sam Second,Sam Second,no,no,95,Exceeds expectations,0,yes,0,yes');
    expect(csv).toContain('Met when the agent gives their own name');

    // The printable page, printed to PDF by Chromium: the figures are in its text, and it renders.
    await page.getByRole('link', { name: 'Printable page (PDF)…' }).click();
    await expect(page.getByRole('heading', { name: 'Calibration results: November calibration', level: 1 })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(20);
    // What the desktop app's print-to-PDF waits for before printing (electron/shell/print-to-pdf.ts).
    await expect(page.locator('[data-print-ready]')).toBeAttached();
    const pdf = path.join(work, 'results.pdf');
    await page.emulateMedia({ media: 'print' });
    fs.writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Calibration results: November calibration');
    expect(text).toMatch(/Sam Second 95\.0 %/);
    expect(text).toContain('Gave her name but not the team');
    expect(text).toContain('Met when the agent gives their own name');
    expect(text).not.toContain('Print or save as PDF');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, path.join(work, 'page')]);
    const png = fs.readdirSync(work).find((f) => /^page-?\d*\.png$/.test(f));
    expect(png).toBeDefined();
    expect(fs.statSync(path.join(work, png!)).size).toBeGreaterThan(5_000);
  } finally {
    for (const h of others) {
      await h.stop();
      fs.rmSync(h.dataFolder, { recursive: true, force: true });
    }
  }
});

/** The session page's own address (its hash), for another computer to type in. */
async function sessionAddress(page: Page): Promise<string> {
  await expect(page).toHaveURL(/#\/calibration\/[0-9a-f-]{36}$/);
  return new URL(page.url()).hash;
}
