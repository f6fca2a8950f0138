import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { soxWav } from '../../unit/media/support/audio';
import { apiFor } from './api';

/** The calibration screens through the main navigation and the pages' own links. */
export async function goToCalibration(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calibration', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Calibration', level: 1 })).toBeVisible();
}

/** A review of the built-in scorecard with a generated recording attached, made through the host's API; returns the recording's path. */
export async function reviewWithRecording(hostUrl: string, workFolder: string, agentName: string): Promise<string> {
  const api = apiFor(hostUrl);
  const agent = await api.call<{ id: string }>('agents.create', { name: agentName, team: 'Blue team' });
  const [template] = await api.call<{ latestVersionId: string }[]>('templates.list', {});
  const detail = await api.call<{ scorecard: { id: string } }>('reviews.create', {
    agentId: agent.id,
    templateVersionId: template?.latestVersionId,
    interaction: { channel: 'phone', occurredAt: '2026-11-23T09:30:00.000Z', reference: 'CALL-5150', durationSeconds: 120 },
  });
  const recording = soxWav(workFolder, 'call-5150.wav', ['-e', 'signed-integer', '-b', '16'], 4);
  await api.call('media.attach', { scorecardId: detail.scorecard.id, path: recording });
  return recording;
}

/** Every file under one of a share's folders, relative to it. */
export function shareFilesUnder(share: string, folder: string): string[] {
  const base = path.join(share, folder);
  if (!fs.existsSync(base)) return [];
  return (fs.readdirSync(base, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(base, f)).isFile() && !path.basename(f).startsWith('.'));
}

/** Opens a session from the list (reading the share first) and waits for its page. */
export async function openSession(page: Page, title: string): Promise<void> {
  await goToCalibration(page);
  await page.getByRole('button', { name: 'Read the share now' }).click();
  await page.getByRole('table', { name: 'Calibration sessions' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

/** On a session's page: reads the share now and waits until it has been read. */
export async function readShare(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Read the share now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Read the shared folder/ })).toBeVisible();
}

export function participantRow(page: Page, name: string) {
  return page.getByRole('table', { name: 'Participants' }).getByRole('row', { name: new RegExp(`^${name}`) });
}
