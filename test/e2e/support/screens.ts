import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { stereoCallWav } from '../../unit/media/support/audio';
import { apiFor, type Api } from './api';
import { calibrationScreens, publishCalibration, recordOutcome, scoreCalibration, type SeededCalibration } from './calibration-screens';
import { startHost } from './host';
import { route } from './route';

/**
 * Every screen and dialog of the app, filled with the data a reviewer would
 * see on a working day: agents (one deactivated), a completed scorecard sent
 * to a shared folder, a draft with a recording, a comment and notes, a draft
 * ready to complete, and a colleague's scorecard imported from the share. The
 * accessibility spec walks it, and so does the visual check that compares
 * screenshots before and after a change to the styles (test/e2e/visual/).
 */

export interface SeededScreens extends SeededCalibration {
  /** Partly answered, with a recording, a comment and two notes. */
  draftId: string;
  /** Every element answered: Ctrl+Enter asks to confirm. */
  readyId: string;
  completedId: string;
  /** The colleague's scorecard, imported. */
  teamScorecardId: string;
}

interface Detail {
  scorecard: { id: string };
  template: { content: { sections: { elements: { id: string }[] }[] } };
}

// Fixed calls and answers, so that two seeds of the same folder look the same.
const DAY = '2026-11-23';
const ALL_MET = 'mmmmmmmmmmmmmmmmmmmm';

async function reviewer(api: Api, name: string): Promise<{ agent: (name: string, team: string) => Promise<string>; templateVersionId: string }> {
  await api.call('reviewer.setName', { name });
  const [template] = await api.call<{ latestVersionId: string }[]>('templates.list', {});
  if (!template) throw new Error('no built-in template');
  const agent = async (agentName: string, team: string) => (await api.call<{ id: string }>('agents.create', { name: agentName, team })).id;
  return { agent, templateVersionId: template.latestVersionId };
}

async function review(api: Api, agentId: string, templateVersionId: string, time: string, reference: string, answers: string): Promise<Detail> {
  const detail = await api.call<Detail>('reviews.create', {
    agentId,
    templateVersionId,
    interaction: { channel: 'phone', occurredAt: `${DAY}T${time}:00.000Z`, reference, durationSeconds: 420 },
  });
  const ids = detail.template.content.sections.flatMap((s) => s.elements.map((e) => e.id));
  const values: Record<string, string> = { m: 'met', n: 'not_met', a: 'na' };
  for (const [i, key] of [...answers].entries()) {
    await api.call('reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId: ids[i], value: values[key] });
  }
  return detail;
}

async function shareFolder(api: Api, share: string, name: string, adopt: boolean): Promise<string> {
  const inspection = await api.call<{ path: string; share: { shareId: string } | null }>('sync.targets.inspectFolder', { path: share });
  const target = await api.call<{ id: string }>('sync.targets.add', {
    name,
    config: { kind: 'folder', path: inspection.path },
    ...(adopt && inspection.share ? { adoptShareId: inspection.share.shareId } : {}),
  });
  return target.id;
}

async function delivered(api: Api, sent: number): Promise<void> {
  await expect
    .poll(async () => (await api.call<{ targets: { counts: { sent: number } }[] }>('sync.status', {})).targets[0]?.counts.sent, { timeout: 20_000 })
    .toBe(sent);
}

/**
 * Seeds a fresh host (whose data folder is `hostUrl`'s) and `share`, an empty
 * folder; `workFolder` receives the recording. A colleague's host is started
 * on a data folder beside it, completes one scorecard into the share, and stops.
 */
export async function seedScreens(hostUrl: string, share: string, workFolder: string): Promise<SeededScreens> {
  const api = apiFor(hostUrl);
  const jane = await reviewer(api, 'Jane Reviewer');
  const alex = await jane.agent('Alex Morgan', 'Blue team');
  const priya = await jane.agent('Priya Shah', 'Green team');
  const chris = await jane.agent('Chris Old', 'Blue team');
  await api.call('agents.update', { id: chris, active: false });
  const targetId = await shareFolder(api, share, 'Team share', false);

  const completed = await review(api, alex, jane.templateVersionId, '09:15', 'CALL-1001', `nn${ALL_MET.slice(2, 18)}aa`);
  await api.call('reviews.complete', { scorecardId: completed.scorecard.id });
  await delivered(api, 1);

  const draft = await review(api, priya, jane.templateVersionId, '10:40', 'CALL-1002', 'mmnma');
  const [first, second] = draft.template.content.sections.flatMap((s) => s.elements.map((e) => e.id));
  await api.call('reviews.setComment', { scorecardId: draft.scorecard.id, elementId: second, text: 'Gave her name but not the team.' });
  // A dual-channel call, the agent on the left: the player shows its two lanes by name.
  const recording = stereoCallWav(workFolder, 'call-1002.wav', 40);
  await api.call('media.attach', { scorecardId: draft.scorecard.id, path: recording });
  await api.call('media.setAgentChannel', { scorecardId: draft.scorecard.id, agentChannel: 'left' });
  await api.call('media.notes.add', { scorecardId: draft.scorecard.id, atSeconds: 4, elementId: first, text: 'Good morning, on time' });
  await api.call('media.notes.add', { scorecardId: draft.scorecard.id, atSeconds: 12.5, elementId: null, text: 'Customer sounds in a hurry' });

  const ready = await review(api, alex, jane.templateVersionId, '11:05', 'CALL-1003', ALL_MET);

  const calibration = await publishCalibration(api, draft.scorecard.id);
  const colleagueFolder = path.join(workFolder, 'colleague');
  const colleague = await startHost({ dataFolder: colleagueFolder });
  let theirs: Detail;
  try {
    const capi = apiFor(colleague.url);
    const sam = await reviewer(capi, 'Sam Colleague');
    const dana = await sam.agent('Dana Lee', 'Green team');
    const colleagueTarget = await shareFolder(capi, share, 'Team share', true);
    theirs = await review(capi, dana, sam.templateVersionId, '08:30', 'CALL-2001', ALL_MET);
    await capi.call('reviews.complete', { scorecardId: theirs.scorecard.id });
    await delivered(capi, 1);
    await capi.call('sync.import', { targetId: colleagueTarget });
    await scoreCalibration(capi, calibration.calibrationId, 'Sam Colleague');
    await delivered(capi, 2);
  } finally {
    await colleague.stop();
  }
  await api.call('sync.import', { targetId });
  await scoreCalibration(api, calibration.calibrationId, 'Jane Reviewer');
  // Everyone has submitted: the colleague's computer publishes its answers when it next reads the share.
  const again = await startHost({ dataFolder: colleagueFolder });
  try {
    const capi = apiFor(again.url);
    const [colleagueTarget] = await capi.call<{ id: string }[]>('sync.targets.list', {});
    await capi.call('sync.import', { targetId: colleagueTarget!.id });
    await delivered(capi, 3);
  } finally {
    await again.stop();
  }
  await api.call('sync.import', { targetId });
  await recordOutcome(api, calibration.calibrationId);
  return { draftId: draft.scorecard.id, readyId: ready.scorecard.id, completedId: completed.scorecard.id, teamScorecardId: theirs.scorecard.id, ...calibration };
}

export interface ScreenVisit {
  name: string;
  /** Shows the screen or dialog from anywhere in the app and waits until it has loaded its data. */
  open(page: Page, hostUrl: string, seeded: SeededScreens): Promise<void>;
  /** What is a dialog on top of a screen: checked alone, since the page behind it is inert. */
  dialog?: (page: Page) => Locator;
}

const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });
const scorePanel = (page: Page) => page.getByRole('complementary', { name: 'Score' });

async function openScoring(page: Page, hostUrl: string, id: string, completed = false): Promise<void> {
  await route(page, hostUrl, `#/review/${id}`);
  if (completed) await expect(page.getByText(/^Completed .* by Jane Reviewer$/)).toBeVisible();
  else await expect(scorePanel(page).getByRole('status')).toHaveText(/^All changes saved/);
}

async function openDraft(page: Page, hostUrl: string, seeded: SeededScreens): Promise<void> {
  await openScoring(page, hostUrl, seeded.draftId);
  const player = page.getByRole('region', { name: 'Recording and notes' });
  await expect(player.getByRole('slider', { name: 'Position in the recording' })).toHaveAttribute('data-waveform', 'waveform');
  await expect(player.getByRole('list', { name: 'Notes in time order' }).getByRole('listitem')).toHaveCount(2);
}

async function openSync(page: Page, hostUrl: string): Promise<void> {
  await route(page, hostUrl, '#/sync');
  const card = page.getByRole('region', { name: 'Team share', exact: true });
  await expect(card.getByRole('heading', { name: /^Last import/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /customer’s name/ })).toBeVisible();
}

export const screens: ScreenVisit[] = [
  {
    name: 'reviews',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/reviews');
      await expect(page.getByRole('table', { name: 'Reviews' }).getByText('Sent')).toBeVisible();
    },
  },
  {
    name: 'export-dialog',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/reviews');
      await page.getByRole('button', { name: 'Export CSV…' }).click();
    },
    dialog: (page) => page.getByRole('dialog', { name: 'Export CSV' }),
  },
  {
    name: 'new-review',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/new');
      await expect(page.getByLabel('Agent', { exact: true }).getByRole('option', { name: /^Priya Shah/ })).toBeAttached();
    },
  },
  { name: 'scoring', open: openDraft },
  {
    // The player's own controls: zoomed in with the overview strip, "Go to" open, a note's text shown by its marker.
    name: 'player-zoomed',
    async open(page, hostUrl, seeded) {
      await openDraft(page, hostUrl, seeded);
      const player = page.getByRole('region', { name: 'Recording and notes' });
      await page.keyboard.press('z');
      await page.keyboard.press('z');
      await expect(player.getByText(/^4× · /)).toBeVisible();
      await player.getByRole('toolbar', { name: 'Notes on the waveform' }).getByRole('button').first().hover();
      await expect(player.getByRole('tooltip')).toBeVisible();
      await page.keyboard.press(':');
      await expect(player.getByRole('textbox', { name: 'Go to' })).toBeFocused();
    },
  },
  {
    name: 'missing-list',
    async open(page, hostUrl, seeded) {
      await openDraft(page, hostUrl, seeded);
      await page.keyboard.press('ControlOrMeta+Enter');
      await expect(page.getByRole('heading', { name: /^Not complete yet/ })).toBeVisible();
    },
  },
  {
    name: 'complete-dialog',
    async open(page, hostUrl, seeded) {
      await openScoring(page, hostUrl, seeded.readyId);
      await page.keyboard.press('ControlOrMeta+Enter');
    },
    dialog: (page) => page.getByRole('dialog', { name: 'Complete this review?' }),
  },
  {
    name: 'completed-scoring',
    async open(page, hostUrl, seeded) {
      await openScoring(page, hostUrl, seeded.completedId, true);
      await expect(page.getByRole('button', { name: /History/ })).toBeVisible();
    },
  },
  {
    name: 'revise-dialog',
    async open(page, hostUrl, seeded) {
      await openScoring(page, hostUrl, seeded.completedId, true);
      await page.getByRole('button', { name: 'Revise…' }).click();
    },
    dialog: (page) => page.getByRole('dialog', { name: /^Revise/ }),
  },
  {
    name: 'shortcut-sheet',
    async open(page, hostUrl, seeded) {
      await openDraft(page, hostUrl, seeded);
      await page.keyboard.press('?');
    },
    dialog: (page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' }),
  },
  {
    name: 'agents',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/agents');
      await expect(page.getByRole('table', { name: 'Agents' }).getByRole('rowheader', { name: 'Priya Shah' })).toBeVisible();
    },
  },
  { name: 'sync', open: (page, hostUrl) => openSync(page, hostUrl) },
  {
    name: 'add-folder-dialog',
    async open(page, hostUrl) {
      await openSync(page, hostUrl);
      await page.getByRole('button', { name: 'Add shared folder…' }).click();
    },
    dialog: (page) => page.getByRole('dialog', { name: 'Add a shared folder' }),
  },
  {
    name: 'add-server-dialog',
    async open(page, hostUrl) {
      await openSync(page, hostUrl);
      await page.getByRole('button', { name: 'Add server…' }).click();
      await expect(page.getByText(/token will be kept|token is kept|kept in/i)).toBeVisible();
    },
    dialog: (page) => page.getByRole('dialog', { name: 'Add a server' }),
  },
  {
    name: 'team',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/team');
      await expect(page.getByRole('table', { name: 'Team scorecards' }).getByText('Sam Colleague')).toBeVisible();
    },
  },
  {
    name: 'reports',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/reports');
      await expect(page.getByRole('region', { name: 'Mean score per team and agent' }).getByRole('button', { name: /^Alex Morgan: mean/ })).toBeVisible();
    },
  },
  {
    name: 'reports-tables',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/reports');
      const heat = page.getByRole('region', { name: 'Element pass rates' });
      await heat.getByRole('button', { name: 'Table', exact: true }).click();
      await expect(heat.getByRole('table', { name: 'Element pass rates' })).toBeVisible();
      await page.getByRole('region', { name: 'Band mix' }).getByRole('button', { name: /^Meets expectations/ }).click();
      await expect(page.getByRole('table', { name: 'Scorecards behind Meets expectations' })).toBeVisible();
    },
  },
  {
    name: 'survey-import-dialog',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/reports');
      await page.getByRole('button', { name: 'Import survey CSV…' }).click();
      await expect(page.getByLabel('Interaction reference')).toHaveValue('Reference');
    },
    dialog: (page) => page.getByRole('dialog', { name: 'Import customer survey results' }),
  },
  {
    name: 'merge-dialog',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/agents');
      await page.getByRole('button', { name: 'Merge Priya Shah into another agent' }).click();
    },
    dialog: (page) => page.getByRole('dialog', { name: 'Merge Priya Shah' }),
  },
  {
    name: 'settings',
    async open(page, hostUrl) {
      await route(page, hostUrl, '#/settings');
      await expect(heading(page, 'Settings')).toBeVisible();
    },
  },
  ...calibrationScreens,
];

/** Opens each screen in turn, hands it to `look` once it is ready (with its dialog, if it is one), and closes the dialog after. */
export async function visitEach(
  page: Page,
  hostUrl: string,
  seeded: SeededScreens,
  look: (screen: ScreenVisit) => Promise<void>,
  only: readonly ScreenVisit[] = screens,
): Promise<void> {
  for (const screen of only) {
    await screen.open(page, hostUrl, seeded);
    const dialog = screen.dialog?.(page);
    if (dialog) await expect(dialog).toBeVisible();
    await look(screen);
    if (dialog) {
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    }
  }
}
