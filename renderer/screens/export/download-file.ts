/** Long enough for the browser (or Electron's save dialog) to have taken the file. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a Blob under a file name through an <a download> on an object URL:
 * the browser host downloads it, and Electron asks where to save it. No
 * file-system access is needed in the page.
 */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some engines; the URL holds the whole file in memory until then.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
