import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { cdpOverPipe } from './cdp-pipe';

/** Where a Chromium is looked for, first found wins; CALLMARK_CHROMIUM names another. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChromium(env: NodeJS.ProcessEnv): string | null {
  const named = env.CALLMARK_CHROMIUM;
  if (named) return fs.existsSync(named) ? named : null;
  return CANDIDATES.find((c) => fs.existsSync(c)) ?? null;
}

export interface PdfJob {
  chromium: string;
  /** The page to print, with its token in the hash. */
  url: string;
  /** A page is ready to print once this is true (the app's printable pages mark `data-print-ready`). */
  readyExpression?: string;
  timeoutMs?: number;
  /** Waits between two looks at the page's readiness: the printing browser tells nothing when data arrives. */
  pollMs?: number;
}

const READY = "document.querySelector('[data-print-ready]') !== null";

/**
 * Prints a page to A4 PDF bytes in a headless Chromium of its own (the browser
 * host's equivalent of Electron's webContents.printToPDF): the same print
 * engine and print stylesheet as the user's Print → Save as PDF, without the
 * dialog, so the host can hand the file over as a download.
 */
export async function printUrlToPdf(job: PdfJob): Promise<Buffer> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-print-'));
  const args = ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', '--disable-gpu', '--hide-scrollbars', '--mute-audio'];
  // Chromium refuses to start its sandbox as root (containers, CI); everything else keeps it.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(job.chromium, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.once('error', () => resolve())));
  const spawnFailed = new Promise<never>((_, reject) => child.once('error', (e) => reject(new Error(`Chromium could not start: ${e.message}`))));
  try {
    const cdp = cdpOverPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
    const work = (async () => {
      const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      await cdp.send('Page.navigate', { url: job.url }, sessionId);
      const deadline = Date.now() + (job.timeoutMs ?? 30_000);
      for (;;) {
        const { result } = (await cdp.send('Runtime.evaluate', { expression: job.readyExpression ?? READY, returnByValue: true }, sessionId)) as { result?: { value?: unknown } };
        if (result?.value === true) break;
        if (Date.now() > deadline) throw new Error('The page to print did not finish loading.');
        await new Promise((resolve) => setTimeout(resolve, job.pollMs ?? 50));
      }
      const { data } = (await cdp.send('Page.printToPDF', { printBackground: true, preferCSSPageSize: true, paperWidth: 8.27, paperHeight: 11.69 }, sessionId)) as { data: string };
      await cdp.send('Browser.close').catch(() => undefined);
      return Buffer.from(data, 'base64');
    })();
    return await Promise.race([work, spawnFailed]);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}${stderr ? ` (Chromium said: ${stderr.trim().split('\n').pop()})` : ''}`, { cause: error });
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
