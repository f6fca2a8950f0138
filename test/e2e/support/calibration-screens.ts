import { expect, type Page } from '@playwright/test';
import type { Api } from './api';
import { route } from './route';
import type { ScreenVisit } from './screens';

/** The calibration part of the seeded screens: one session with results and an outcome, one still sealed. */
export interface SeededCalibration {
  calibrationId: string;
  sealedCalibrationId: string;
}

const ELEMENTS = ['welcome', 'customer-interaction', 'technical-knowledge', 'close'].flatMap((s) => [1, 2, 3, 4, 5].map((n) => `${s}-${n}`));

/** Jane publishes two sessions on her draft's call (its recording copied into the share): one to be scored, one left sealed. */
export async function publishCalibration(api: Api, scorecardId: string): Promise<SeededCalibration> {
  const templateVersionId = (await api.call<{ template: { id: string } }>('reviews.get', { id: scorecardId })).template.id;
  const publish = async (title: string, shareRecording: boolean) =>
    (
      await api.call<{ facts: { sessionId: string } }>('calibration.publish', {
        title,
        scorecardId,
        templateVersionId,
        participants: [{ name: 'Jane Reviewer' }, { name: 'Sam Colleague' }],
        referenceIndex: 0,
        dueAt: '2026-11-30T17:00:00.000Z',
        shareRecording,
      })
    ).facts.sessionId;
  return { calibrationId: await publish('November calibration', true), sealedCalibrationId: await publish('December calibration', false) };
}

/** One participant scores the session: two elements differ between Jane and Sam, with comments. */
export async function scoreCalibration(api: Api, sessionId: string, who: 'Jane Reviewer' | 'Sam Colleague'): Promise<void> {
  const { scorecardId } = await api.call<{ scorecardId: string }>('calibration.start', { sessionId });
  const notMet = who === 'Jane Reviewer' ? ['welcome-2'] : ['close-1', 'welcome-2', 'welcome-5'];
  for (const elementId of ELEMENTS) await api.call('reviews.setAnswer', { scorecardId, elementId, value: notMet.includes(elementId) ? 'not_met' : 'met' });
  if (who === 'Sam Colleague') await api.call('reviews.setComment', { scorecardId, elementId: 'close-1', text: 'No summary before the close.' });
  await api.call('reviews.complete', { scorecardId });
}

export async function recordOutcome(api: Api, sessionId: string): Promise<void> {
  await api.call('calibration.outcomes.save', {
    sessionId,
    elementId: 'close-1',
    agreedAnswer: 'met',
    note: 'A short summary counts.',
    guidance: 'Met when the agent repeats the outcome in one sentence.',
  });
  await api.call('calibration.outcomes.publish', { sessionId });
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 1 });

export const calibrationScreens: ScreenVisit[] = [
  {
    name: 'calibration',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/calibration');
      await expect(page.getByRole('table', { name: 'Calibration sessions' }).getByRole('link', { name: 'December calibration' })).toBeVisible();
    },
  },
  {
    name: 'calibration-new',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/calibration/new');
      await expect(page.getByRole('form', { name: 'New calibration session' }).getByRole('checkbox', { name: 'Jane Reviewer (you)' })).toBeChecked();
    },
  },
  {
    name: 'calibration-session',
    async open(page, hostUrl, seeded) {
      await route(page, hostUrl, `#/calibration/${seeded.calibrationId}`);
      await expect(page.getByRole('table', { name: 'Participants' }).getByText('Counted', { exact: true })).toHaveCount(2);
    },
  },
  {
    name: 'calibration-sealed',
    async open(page, hostUrl, seeded) {
      await route(page, hostUrl, `#/calibration/${seeded.sealedCalibrationId}`);
      await expect(page.getByRole('button', { name: 'Reveal answers now…' })).toBeVisible();
    },
  },
  {
    name: 'calibration-reveal-dialog',
    async open(page, hostUrl, seeded) {
      await route(page, hostUrl, `#/calibration/${seeded.sealedCalibrationId}`);
      await page.getByRole('button', { name: 'Reveal answers now…' }).click();
    },
    dialog: (page) => page.getByRole('dialog', { name: 'Reveal the answers now?' }),
  },
  {
    name: 'calibration-sealed-results',
    async open(page, hostUrl, seeded) {
      await route(page, hostUrl, `#/calibration/${seeded.sealedCalibrationId}/results`);
      await expect(page.getByText(/^Answers stay hidden/)).toBeVisible();
    },
  },
  {
    name: 'calibration-results',
    async open(page, hostUrl, seeded) {
      await route(page, hostUrl, `#/calibration/${seeded.calibrationId}/results`);
      await expect(page.getByRole('table', { name: 'Scores' }).getByRole('row')).toHaveCount(3);
      await expect(page.getByRole('article', { name: /^4\.1 / }).getByLabel('Amend guidance')).toHaveValue('Met when the agent repeats the outcome in one sentence.');
    },
  },
  {
    name: 'calibration-print',
    async open(page, hostUrl, seeded) {
      await route(page, hostUrl, `#/calibration/${seeded.calibrationId}/print`);
      await expect(heading(page, 'Calibration results: November calibration')).toBeVisible();
      await expect(page.getByRole('article')).toHaveCount(20);
    },
  },
  {
    name: 'calibration-drift',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/calibration/drift');
      await expect(page.getByRole('table', { name: 'Reviewer drift' }).getByRole('row')).toHaveCount(3);
    },
  },
  {
    name: 'team-scorecard',
    async open(page, hostUrl, seeded) {
      await route(page, hostUrl, `#/team/${seeded.teamScorecardId}`);
      await expect(heading(page, 'Dana Lee · scored by Sam Colleague')).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Revisions' })).toContainText('Revision 1 (latest)');
    },
  },
];
