import type { Printable } from '../../shared/desktop/printable';
import { hostTokens } from './client';

/**
 * The browser host prints a page with its own Chromium (electron/host/print/)
 * and answers the PDF; the page hands it to the browser as a download under
 * `fileName`. Throws with the host's words when it could not print.
 */
export async function downloadPrintedPdf(printable: Printable, fileName: string): Promise<void> {
  const token = hostTokens?.current();
  const res = await fetch('/print.pdf', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ printable, fileName }),
  });
  if (!res.ok) throw new Error(await res.text());
  const url = URL.createObjectURL(await res.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  } finally {
    // After the click has handed the file to the browser's download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
