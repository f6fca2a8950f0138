import { z } from 'zod';
import { Id } from '../schemas/common';

/**
 * The pages the desktop app prints to PDF (electron/shell/print-to-pdf.ts): a
 * fixed list, each named by what it is and whose, never by a URL the page
 * could choose. The renderer's routes put these pages at these hashes (a test
 * keeps the two in step).
 */
export const Printable = z.discriminatedUnion('page', [
  z.object({ page: z.literal('coaching-pack'), sessionId: Id }).strict(),
  z.object({ page: z.literal('calibration-results'), sessionId: Id }).strict(),
]);
export type Printable = z.infer<typeof Printable>;

export function printableHash(p: Printable): string {
  switch (p.page) {
    case 'coaching-pack':
      return `#/coaching/session/${p.sessionId}/pack`;
    case 'calibration-results':
      return `#/calibration/${p.sessionId}/print`;
  }
}

/** A file name the Save dialog may suggest: no folder, nothing a file system refuses, ending in .pdf. */
export const PdfFileName = z
  .string()
  .min(5)
  .max(120)
  .regex(/^[^\\/:*?"<>|]+\.pdf$/, { message: 'must be a plain file name ending in .pdf' })
  .refine((name) => ![...name].some((c) => c.charCodeAt(0) < 32), { message: 'must not contain control characters' });
