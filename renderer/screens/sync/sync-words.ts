import type { ImportReport, TargetStatus, TargetView } from '../../../shared/api/sync';
import type { SecretLocation, ServerTestResult } from '../../../shared/api/server-sync';
import { DOCUMENT_KINDS } from '../../../shared/sync/kinds';
import { rosterKind } from '../../../shared/sync/roster';
import type { KnownInstall } from '../../../shared/api/sync-shares';

/** Plain words for sync facts. Pure, so what the screen says is tested without a browser. */

const KNOWN_KINDS = [...DOCUMENT_KINDS, rosterKind];

/** "scorecard", "coaching session"…: the word a kind's registry entry gives, or its name for a kind this version does not know. */
export const documentNoun = (kind: string): string => KNOWN_KINDS.find((k) => k.kind === kind)?.noun ?? kind;

/** "1 scorecard", "3 roster entries". */
export const countOf = (n: number, noun: string): string => `${n} ${n === 1 ? noun : noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;

/** Where a skipped file is in the share: its kind's folder and the path under it. */
export function sharePath(kind: string, relativePath: string): string {
  const folder = KNOWN_KINDS.find((k) => k.kind === kind)?.folder ?? kind;
  return relativePath ? `${folder}/${relativePath}` : folder;
}

/** "2 new scorecards and 1 roster entry imported" — what an import brought, by kind; scorecards first. */
export function importedText(report: Pick<ImportReport, 'importedByKind'>): string {
  const order = (kind: string) => (kind === 'scorecard' ? 0 : kind === rosterKind.kind ? 2 : 1);
  const parts = Object.entries(report.importedByKind)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => order(a) - order(b))
    .map(([kind, n]) => countOf(n, documentNoun(kind)));
  if (!parts.length) return 'nothing new imported';
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `${list.replace(/^(\d+) /, '$1 new ')} imported`;
}

export const kindLabel = (kind: TargetView['config']['kind']): string => (kind === 'folder' ? 'Shared folder' : 'Server');

/** The folder's path or the server's URL: what the user typed, as the backend kept it. */
export const whereOf = (config: TargetView['config']): string => (config.kind === 'folder' ? config.path : config.url);

export function reachableText(status: Pick<TargetStatus, 'reachable' | 'kind' | 'enabled' | 'lastError'> & { recovery?: TargetStatus['recovery'] }): string {
  const { state, message } = status.reachable;
  // What happened to the share, and what to do, is said once, in full, in the notice under the status.
  if (state === 'unreachable' && status.recovery) return 'Not reachable: see what happened below.';
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
    importedText(report),
    `${report.duplicates} already imported`,
    `${report.alreadySeen} already seen`,
    `${report.skipped} skipped`,
  ];
  if (report.own) parts.push(`${report.own} of yours`);
  if (report.disappeared) parts.push(`${report.disappeared} gone before they could be read`);
  if (report.ignored) parts.push(`${report.ignored} hidden or temporary, ignored`);
  return `${parts.join(', ')}.${report.message ? ` ${report.message}` : ''}`;
}

/** How a colleague's key stands, in words for the installs list. */
export function keyStandingText(install: Pick<KnownInstall, 'standing' | 'inRoster'>): string {
  if (install.standing === 'other') return 'Not trusted: another key claims to be this Callmark. Its documents are not imported.';
  if (install.standing === 'replaced') return 'Replaced: you trusted a newer key of this Callmark.';
  return install.inRoster ? 'Trusted since first seen in a share’s roster.' : 'Trusted on first use, but not in any share’s roster: compare the fingerprint.';
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
