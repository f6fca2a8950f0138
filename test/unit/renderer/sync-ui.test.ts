import { describe, expect, it } from 'vitest';
import type { CsvExportChunk, CsvExportInput } from '../../../shared/api/server-sync';
import type { FolderInspection, ImportReport, ScorecardSyncState, TargetStatus } from '../../../shared/api/sync';
import { syncBadgeText } from '../../../renderer/format/sync-badge-text';
import { keymap } from '../../../renderer/keyboard/keymap';
import { runCsvExport } from '../../../renderer/model/export/run-csv-export';
import { suggestFolderName } from '../../../renderer/screens/sync/folder-name';
import { folderVerdict } from '../../../renderer/screens/sync/folder-verdict';
import { timeoutMs, tokenProblem, urlProblem } from '../../../renderer/screens/sync/server-form';
import { canRetry, importSummary, reachableText, secretLocationText, untilText } from '../../../renderer/screens/sync/sync-words';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the sync badge', () => {
  const state = (s: ScorecardSyncState['state'], targets: ScorecardSyncState['targets'] = []): ScorecardSyncState => ({ state: s, targets });

  it('shows nothing when the scorecard is queued for no target', () => {
    expect(syncBadgeText(undefined)).toBeNull();
    expect(syncBadgeText(state('not_queued'))).toBeNull();
  });

  it('names pending and sent', () => {
    expect(syncBadgeText(state('pending', [{ targetId: id(1), state: 'pending', lastError: null }]), () => 'Team share')).toEqual({
      label: 'Pending',
      detail: 'Waiting to be sent to Team share.',
    });
    expect(syncBadgeText(state('sent', [{ targetId: id(1), state: 'sent', lastError: null }]))?.label).toBe('Sent');
  });

  it('gives each failed target’s reason, named when the name is known', () => {
    const failed = state('failed', [
      { targetId: id(1), state: 'sent', lastError: null },
      { targetId: id(2), state: 'failed', lastError: 'The server refused the token (HTTP 401).' },
    ]);
    expect(syncBadgeText(failed, (t) => (t === id(2) ? 'Quality server' : undefined))).toEqual({
      label: 'Failed',
      detail: 'Quality server: The server refused the token (HTTP 401).',
    });
    expect(syncBadgeText(failed)?.detail).toBe('The server refused the token (HTTP 401).');
  });
});

describe('sync words', () => {
  const status = (reachable: TargetStatus['reachable'], kind: TargetStatus['kind'] = 'folder', lastError: TargetStatus['lastError'] = null) => ({
    reachable,
    kind,
    enabled: true,
    lastError,
  });

  it('says whether a target can be reached, with the reason when not', () => {
    expect(reachableText(status({ state: 'unreachable', message: 'The marker file is missing.' }))).toBe('Not reachable: The marker file is missing.');
    expect(reachableText(status({ state: 'reachable', message: null }, 'server'))).toBe('Reachable: the server took the last delivery.');
    expect(reachableText(status({ state: 'unknown', message: null }, 'server'))).toBe('Not known yet: nothing has been sent to it.');
    const down = 'The server had a problem (HTTP 500).';
    expect(reachableText(status({ state: 'unreachable', message: down }, 'server', { message: down, at: '2026-11-20T10:00:00Z' }))).toBe(
      'Not reachable: see the last problem below.',
    );
  });

  it('counts down to the next attempt in words', () => {
    const now = Date.parse('2026-11-20T10:00:00Z');
    expect(untilText('2026-11-20T10:00:00.500Z', now)).toBe('now');
    expect(untilText('2026-11-20T10:00:40Z', now)).toBe('in 40 s');
    expect(untilText('2026-11-20T10:15:00Z', now)).toBe('in 15 min');
    expect(untilText('2026-11-20T12:30:00Z', now)).toBe('in 2 h 30 min');
    expect(untilText('2026-11-20T16:00:00Z', now)).toBe('in 6 h');
  });

  it('offers "retry now" only when something failed or waits out a back-off', () => {
    const counts = (pending: number, failed: number) => ({ pending, sent: 0, failed });
    expect(canRetry(undefined)).toBe(false);
    expect(canRetry({ counts: counts(0, 0), nextAttemptAt: null })).toBe(false);
    expect(canRetry({ counts: counts(2, 0), nextAttemptAt: null })).toBe(false);
    expect(canRetry({ counts: counts(2, 0), nextAttemptAt: '2026-11-20T10:00:00Z' })).toBe(true);
    expect(canRetry({ counts: counts(0, 1), nextAttemptAt: null })).toBe(true);
  });

  it('summarises an import, and says why nothing was read', () => {
    const report: ImportReport = {
      targetId: id(1),
      startedAt: '2026-11-20T10:00:00Z',
      finishedAt: '2026-11-20T10:00:01Z',
      outcome: 'done',
      message: null,
      listed: 9,
      read: 6,
      imported: 3,
      importedByKind: { scorecard: 3 },
      duplicates: 1,
      own: 2,
      alreadySeen: 1,
      disappeared: 0,
      cleanedTempFiles: 0,
      skipped: 2,
      ignored: 0,
      skippedFiles: [],
    };
    expect(importSummary(report)).toBe('3 new scorecards imported, 1 already imported, 1 already seen, 2 skipped, 2 of yours.');
    expect(importSummary({ ...report, outcome: 'unreachable', message: 'The marker file is missing.' })).toBe('Nothing was read: The marker file is missing.');
  });

  it('says where the token is kept', () => {
    expect(secretLocationText({ protection: 'os-keychain', where: 'encrypted with a key kept by the macOS Keychain' })).toBe(
      'The token is kept in the OS keychain: encrypted with a key kept by the macOS Keychain. It is never shown again.',
    );
    expect(secretLocationText({ protection: 'user-only-file', where: 'in a file only your user account can read (/x/secrets.json)' })).toMatch(
      /^The token is kept in a file only your user account can read/,
    );
  });
});

describe('adding a folder', () => {
  const inspection = (state: FolderInspection['state'], extra: Partial<FolderInspection> = {}): FolderInspection => ({
    path: '/shares/q',
    state,
    message: '',
    share: null,
    existingTargetId: null,
    ...extra,
  });
  const share = { format: 'callmark.share' as const, formatVersion: 1, shareId: id(7), createdAt: '2026-11-01T09:00:00Z', createdBy: 'Jane' };

  it('sets up an empty folder, adopts a share, refuses the rest', () => {
    expect(folderVerdict(inspection('empty'))).toBe('set-up');
    expect(folderVerdict(inspection('share', { share }))).toBe('adopt');
    expect(folderVerdict(inspection('share', { share, existingTargetId: id(3) }))).toBe('refuse');
    for (const state of ['not_a_share', 'missing', 'not_a_folder', 'unreadable'] as const) expect(folderVerdict(inspection(state))).toBe('refuse');
  });

  it('offers the folder’s own name, whatever the separator', () => {
    expect(suggestFolderName('/Volumes/Quality/')).toBe('Quality');
    expect(suggestFolderName('\\\\server\\quality')).toBe('quality');
    expect(suggestFolderName('C:\\Users\\me\\OneDrive\\QA share')).toBe('QA share');
    expect(suggestFolderName('D:\\')).toBe('D');
    expect(suggestFolderName('  ')).toBe('Shared folder');
  });
});

describe('the server form', () => {
  it('checks the URL with the backend’s own schema and says why in a sentence', () => {
    expect(urlProblem('https://quality.example.org/callmark')).toBeNull();
    expect(urlProblem('http://127.0.0.1:8080/x')).toBeNull();
    expect(urlProblem('http://quality.example.org/x')).toBe('The URL must be an https:// URL (plain http:// only to localhost).');
    expect(urlProblem('https://me:pw@quality.example.org/x')).toBe('The URL must not contain a user name or password: set the token separately.');
    expect(urlProblem('')).toMatch(/^Type the server’s address/);
  });

  it('checks the token and the timeout', () => {
    expect(tokenProblem('abc.DEF-123')).toBeNull();
    expect(tokenProblem('')).toBe('A token is required.');
    expect(tokenProblem('two words')).toMatch(/^A token has no spaces/);
    expect(timeoutMs('15')).toBe(15_000);
    expect(timeoutMs('0')).toBeNull();
    expect(timeoutMs('121')).toBeNull();
    expect(timeoutMs('1.5')).toBeNull();
  });
});

describe('CSV export in chunks', () => {
  const chunk = (text: string, scorecards: number, nextCursor: string | null, first = nextCursor !== null): CsvExportChunk => ({
    fileName: 'callmark-scorecards-2026-11-20.csv',
    text,
    rows: scorecards,
    scorecards,
    // Only the first chunk counts the filter; the page keeps that total.
    totalScorecards: first ? 3 : null,
    nextCursor,
  });

  it('follows nextCursor to the end and keeps the chunks in order, with progress', async () => {
    const asked: CsvExportInput[] = [];
    const chunks = [chunk('\uFEFFh\r\na\r\nb\r\n', 2, 'c1'), chunk('c\r\n', 1, null)];
    const progress: { done: number; total: number }[] = [];
    const outcome = await runCsvExport(
      async (input) => {
        asked.push(input);
        return chunks.shift()!;
      },
      { kind: 'scorecards', status: 'completed' },
      (p) => progress.push(p),
      () => false,
    );
    expect(asked).toEqual([
      { kind: 'scorecards', status: 'completed' },
      { kind: 'scorecards', status: 'completed', cursor: 'c1' },
    ]);
    expect(outcome).toEqual({ kind: 'done', parts: ['\uFEFFh\r\na\r\nb\r\n', 'c\r\n'], fileName: 'callmark-scorecards-2026-11-20.csv', rows: 3, scorecards: 3 });
    expect(progress).toEqual([
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  it('stops asking once cancelled, throwing away the chunk in flight', async () => {
    let cancelled = false;
    let calls = 0;
    const outcome = await runCsvExport(
      async () => {
        calls += 1;
        cancelled = true;
        return chunk('x', 1, 'next');
      },
      { kind: 'answers' },
      () => undefined,
      () => cancelled,
    );
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(calls).toBe(1);
  });
});

describe('sync shortcuts', () => {
  it('G then S and G then T are bound once, and no scope takes G alone (it would swallow the sequences)', () => {
    const bound = (key: string) => keymap.filter((b) => b.keys.includes(key));
    expect(bound('g s').map((b) => b.command)).toEqual(['app.goSync']);
    expect(bound('g t').map((b) => b.command)).toEqual(['app.goTeam']);
    expect(bound('g')).toEqual([]);
  });
});
