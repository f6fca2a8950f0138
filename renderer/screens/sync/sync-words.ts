import type { ImportReport, TargetStatus, TargetView } from '../../../shared/api/sync';
import type { SecretLocation, ServerTestResult } from '../../../shared/api/server-sync';

/** Plain words for sync facts. Pure, so what the screen says is tested without a browser. */

export const kindLabel = (kind: TargetView['config']['kind']): string => (kind === 'folder' ? 'Shared folder' : 'Server');

/** The folder's path or the server's URL: what the user typed, as the backend kept it. */
export const whereOf = (config: TargetView['config']): string => (config.kind === 'folder' ? config.path : config.url);

export function reachableText(status: Pick<TargetStatus, 'reachable' | 'kind' | 'enabled' | 'lastError'>): string {
  const { state, message } = status.reachable;
  if (state === 'reachable') return status.kind === 'folder' ? 'Reachable: the share’s marker file is in place.' : 'Reachable: the server took the last delivery.';
  // A server is judged by its last answer, which the "last problem" line already says in full: once is enough.
  if (state === 'unreachable' && message && message === status.lastError?.message) return 'Not reachable: see the last problem below.';
  if (state === 'unreachable') return `Not reachable: ${message ?? 'no reason given.'}`;
  return status.kind === 'folder' ? 'Not checked yet.' : 'Not known yet: nothing has been sent to it.';
}

/** "in 3 min", "in 40 s", "now" — for the next attempt after a back-off. */
export function untilText(iso: string, now: number): string {
  const ms = new Date(iso).getTime() - now;
  if (Number.isNaN(ms)) return iso;
  if (ms <= 1000) return 'now';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `in ${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `in ${hours} h ${rest} min` : `in ${hours} h`;
}

/** Whether "Retry now" has anything to do: failed items, or pending ones waiting out a back-off. */
export const canRetry = (status: Pick<TargetStatus, 'counts' | 'nextAttemptAt'> | undefined): boolean =>
  !!status && (status.counts.failed > 0 || (status.counts.pending > 0 && status.nextAttemptAt !== null));

export function importSummary(report: ImportReport): string {
  if (report.outcome === 'unreachable') return `Nothing was read: ${report.message ?? 'the share could not be reached.'}`;
  if (report.outcome === 'error') return `The import stopped: ${report.message ?? 'an unexpected error.'}`;
  const parts = [
    `${report.imported} imported`,
    `${report.duplicates} already imported`,
    `${report.alreadySeen} already seen`,
    `${report.skipped} skipped`,
  ];
  if (report.own) parts.push(`${report.own} of yours`);
  if (report.disappeared) parts.push(`${report.disappeared} gone before they could be read`);
  return `${parts.join(', ')}.${report.message ? ` ${report.message}` : ''}`;
}

/** Where the server token is kept, as the dialog says it (the backend gives the details). */
export function secretLocationText(location: SecretLocation): string {
  return location.protection === 'os-keychain'
    ? `The token is kept in the OS keychain: ${location.where}. It is never shown again.`
    : `The token is kept ${location.where}. It is never shown again.`;
}

export function serverTestText(result: ServerTestResult): string {
  const lead: Record<ServerTestResult['outcome'], string> = {
    connected: 'Connected.',
    token_refused: 'The server refused the token.',
    no_health_endpoint: 'The server answered, but has no health check.',
    server_error: 'The server has a problem.',
    unreachable: 'The server could not be reached.',
    unexpected: 'The server gave an unexpected answer.',
  };
  return `${lead[result.outcome]} ${result.message}`;
}
