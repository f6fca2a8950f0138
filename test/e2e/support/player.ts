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

/**
 * Test-only: taps what the page sends to the speakers through Web Audio, per
 * ear, by connecting an analyser to whatever the page connects to its
 * AudioContext's destination. Installed before the page's scripts.
 */
export async function tapAudioOutput(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const connect = AudioNode.prototype.connect as (this: AudioNode, ...args: unknown[]) => unknown;
    AudioNode.prototype.connect = function (this: AudioNode, ...args: unknown[]) {
      const result = connect.apply(this, args);
      const destination = args[0];
      if (destination instanceof AudioDestinationNode) {
        const split = this.context.createChannelSplitter(2);
        const ears = [this.context.createAnalyser(), this.context.createAnalyser()];
        connect.call(this, split);
        ears.forEach((ear, i) => connect.call(split, ear, i));
        (window as unknown as { __ears: AnalyserNode[] }).__ears = ears;
      }
      return result;
    } as typeof AudioNode.prototype.connect;
  });
}

/** The loudness (RMS) reaching each ear right now, or null before the page routes audio through Web Audio. */
export function earLevels(page: Page): Promise<[number, number] | null> {
  return page.evaluate(() => {
    const ears = (window as unknown as { __ears?: AnalyserNode[] }).__ears;
    if (!ears) return null;
    const rms = (ear: AnalyserNode) => {
      const data = new Float32Array(ear.fftSize);
      ear.getFloatTimeDomainData(data);
      return Math.sqrt(data.reduce((sum, x) => sum + x * x, 0) / data.length);
    };
    return [rms(ears[0] as AnalyserNode), rms(ears[1] as AnalyserNode)] as [number, number];
  });
}

/** Waits until each ear is loud (true) or silent (false). */
export async function expectEars(page: Page, left: boolean, right: boolean, message: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const levels = await earLevels(page);
        return levels ? [levels[0] > 0.05, levels[1] > 0.05].join(' ') + (levels.some((l) => l > 0.005 && l < 0.05) ? ' (in between)' : '') : 'no audio graph';
      },
      { message, timeout: 10_000 },
    )
    .toBe(`${left} ${right}`);
}

/**
 * How much of each lane of the waveform's canvas is drawn, per lane: the share of columns whose bar is taller than
 * a sliver. Reads the pixels Chromium drew, so it proves what a reviewer sees.
 */
export function laneCoverage(page: Page, lanes: number): Promise<number[]> {
  return positionSlider(page)
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement, count: number) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return [];
      const { width, height } = canvas;
      const pixels = ctx.getImageData(0, 0, width, height).data;
      const laneHeight = height / count;
      return Array.from({ length: count }, (_, lane) => {
        let drawn = 0;
        for (let x = 0; x < width; x++) {
          let tall = 0;
          for (let y = Math.floor(lane * laneHeight); y < Math.floor((lane + 1) * laneHeight); y++) if ((pixels[(y * width + x) * 4 + 3] ?? 0) > 0) tall++;
          if (tall > laneHeight * 0.25) drawn++;
        }
        return drawn / width;
      });
    }, lanes);
}
