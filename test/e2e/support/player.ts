import type { Page } from '@playwright/test';
import { expect } from './fixtures';

// Helpers for the player tests: set-up goes through the host's API (./api; attaching
// by path is what the browser host offers), everything under test through the
// page, with the keyboard where the reviewer would use it.

/** Opens a review straight from its URL (the token and the route share the hash) and waits for the checklist. */
export async function openReview(page: Page, hostUrl: string, scorecardId: string): Promise<void> {
  const route = `/review/${encodeURIComponent(scorecardId)}`;
  // Already in the app: a new hash is a same-page navigation, which the token in it would not survive.
  if (page.url().startsWith(new URL(hostUrl).origin)) await page.evaluate((hash) => (window.location.hash = hash), `#${route}`);
  else await page.goto(`${hostUrl}&${route}`);
  await expect(page.getByRole('complementary', { name: 'Score' })).toBeVisible();
  await expect(player(page)).toBeVisible();
}

export function player(page: Page) {
  return page.getByRole('region', { name: 'Recording and notes' });
}

export function positionSlider(page: Page) {
  return player(page).getByRole('slider', { name: 'Position in the recording' });
}

/** Where the player says it is, in seconds (the slider's aria-valuenow, to a tenth). */
export async function shownPosition(page: Page): Promise<number> {
  return Number(await positionSlider(page).getAttribute('aria-valuenow'));
}

/** Waits until the shown position passes `check`; returns it. */
export async function waitForPosition(page: Page, check: (seconds: number) => boolean, message: string): Promise<number> {
  let last = NaN;
  await expect
    .poll(
      async () => {
        last = await shownPosition(page);
        return check(last);
      },
      { message, timeout: 10_000 },
    )
    .toBe(true);
  return last;
}

export function notesList(page: Page) {
  return player(page).getByRole('list', { name: 'Notes in time order' });
}

/**
 * Test-only: remembers the player's <audio> element (which is not in the DOM)
 * on window when it is created, so a test can read what Chromium really does
 * with it: playbackRate, preservesPitch, paused, currentTime.
 */
export async function watchAudio(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Original = window.Audio;
    const Watched = function (this: unknown, src?: string) {
      const audio = new Original(src);
      (window as unknown as { __playerAudio: HTMLAudioElement }).__playerAudio = audio;
      return audio;
    } as unknown as typeof Audio;
    Watched.prototype = Original.prototype;
    window.Audio = Watched;
  });
}

export interface AudioReading {
  paused: boolean;
  currentTime: number;
  playbackRate: number;
  preservesPitch: boolean;
}

export function readAudio(page: Page): Promise<AudioReading> {
  return page.evaluate(() => {
    const audio = (window as unknown as { __playerAudio?: HTMLAudioElement }).__playerAudio;
    if (!audio) throw new Error('no player audio yet');
    return { paused: audio.paused, currentTime: audio.currentTime, playbackRate: audio.playbackRate, preservesPitch: audio.preservesPitch };
  });
}
