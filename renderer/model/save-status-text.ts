import type { SaveStatus } from '../stores/save-queue';

/**
 * Tells the truth about saving: "All changes saved" only once the backend has
 * confirmed every change, never while one is waiting, travelling or failing.
 * `time` writes the backend's time of the last save the user's way.
 */
export function saveStatusText(status: SaveStatus, time: (iso: string) => string): string {
  if (status.state === 'retrying') return `Not saved — retrying. ${status.error ?? ''}`.trim();
  if (status.state === 'saving') return 'Saving…';
  return status.lastSavedAt ? `All changes saved at ${time(status.lastSavedAt)}` : 'All changes saved';
}
