import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export interface ReadPdf {
  /** Each page's text, as pdftotext reads it, spaces collapsed. */
  texts: string[];
  /** Each page rendered by pdftoppm. */
  pngs: string[];
}

/** Reads a PDF as a person would: every page rendered to PNG (pdftoppm) and its text (pdftotext), page by page. */
export function readPdf(pdf: string, dir: string): ReadPdf {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  const texts: string[] = [];
  for (let p = 1; p <= pages; p++) {
    texts.push(execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim());
  }
  const prefix = path.join(dir, path.basename(pdf, '.pdf'));
  execFileSync('pdftoppm', ['-png', '-r', '40', pdf, prefix]);
  const pngs = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
  return { texts, pngs };
}

/** The share of a PNG's pixels that are not near white, measured in a blank page's canvas: a page with content has ink. */
export async function inkShare(page: Page, png: string): Promise<{ width: number; height: number; ink: number }> {
  const blank = await page.context().newPage();
  try {
    const data = `data:image/png;base64,${fs.readFileSync(png).toString('base64')}`;
    return await blank.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.width, img.height];
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, img.width, img.height).data;
      let inked = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) inked++;
      return { width: img.width, height: img.height, ink: inked / (px.length / 4) };
    }, data);
  } finally {
    await blank.close();
  }
}
