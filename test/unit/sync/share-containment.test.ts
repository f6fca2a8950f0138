import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../support/service';
import { copiedShare } from './support/copied-share';
import { reviewersClosedAfterEach } from './support/reviewer';
import { emptyShare, shareFiles } from './support/share';

/**
 * Nothing is read or written through a link in a share or outside its real
 * path, only plain files are opened (without blocking), and the marker is
 * read capped like every other file.
 */
const reviewer = reviewersClosedAfterEach();
const thisMonth = () => {
  const now = new Date();
  return [String(now.getUTCFullYear()), String(now.getUTCMonth() + 1).padStart(2, '0')] as const;
};
const filesIn = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

describe('writing to a share', () => {
  it('refuses a month folder replaced by a link, writes nothing outside the share, and says why', async () => {
    const rita = await reviewer('Rita Reviewer');
    const root = emptyShare();
    const target = await rita.addShare(root);
    const elsewhere = tempFolder('callmark-elsewhere-');
    const [year, month] = thisMonth();
    fs.mkdirSync(path.join(root, 'scorecards', year), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(root, 'scorecards', year, month));

    await rita.complete(1);
    await rita.idle();
    expect(filesIn(elsewhere)).toEqual([]);
    const status = (await rita.call('sync.status', { targetId: target.id })).targets[0]!;
    expect(status.counts).toEqual({ pending: 0, sent: 0, failed: 1 });
    expect(status.lastError?.message).toMatch(new RegExp(`scorecards/${year}/${month} is a symbolic link: Callmark reads and writes nothing through links`));

    // A real folder in its place, and "retry" delivers into the share.
    fs.rmSync(path.join(root, 'scorecards', year, month));
    await rita.call('sync.items.retry', { targetId: target.id });
    await rita.idle();
    expect(shareFiles(root)).toHaveLength(1);
  });
});

describe('reading a share', () => {
  it('reads no file through a link, whatever it points at, and never quotes what it would have read', async () => {
    const t = await copiedShare(reviewer, 2);
    const [a, b] = t.files.map((f) => path.basename(f.rel));
    // A real export of Rita's, outside Sam's share, linked in; and a system file under an export's name.
    const outside = path.join(tempFolder('callmark-outside-'), a!);
    fs.writeFileSync(outside, t.files[0]!.bytes);
    fs.symlinkSync(outside, path.join(t.dir, a!));
    fs.symlinkSync('/etc/passwd', path.join(t.dir, b!));

    const report = await t.sam.call('sync.import', { targetId: t.target.id });
    expect(report).toMatchObject({ outcome: 'done', importedByKind: {}, read: 0 });
    const reasons = Object.fromEntries(report.skippedFiles.map((f) => [path.basename(f.relativePath), f.reason]));
    expect(reasons[a!]).toMatch(/^a symbolic link \(Callmark follows no links in a share/);
    expect(reasons[b!]).toMatch(/^a symbolic link/);
    expect(JSON.stringify(report)).not.toMatch(/root:|\/bin\//);
    expect((await t.sam.call('sync.imported.list', {})).total).toBe(0);
  });

  it('lists a linked month folder or kind folder as one skipped entry, and looks into neither', async () => {
    const t = await copiedShare(reviewer, 1);
    const elsewhere = tempFolder('callmark-elsewhere-');
    fs.writeFileSync(path.join(elsewhere, path.basename(t.files[0]!.rel)), t.files[0]!.bytes);
    fs.rmSync(t.dir, { recursive: true });
    fs.symlinkSync(elsewhere, t.dir);
    const report = await t.sam.call('sync.import', { targetId: t.target.id });
    expect(report.skippedFiles).toEqual([{ kind: 'scorecard', relativePath: t.month, reason: expect.stringMatching(/^a symbolic link \(Callmark follows no links/) }]);
    expect(report).toMatchObject({ read: 0, importedByKind: {} });
  });

  it('opens no pipe: a FIFO in place of an export is skipped at once', async () => {
    const t = await copiedShare(reviewer, 1);
    execFileSync('mkfifo', [path.join(t.dir, path.basename(t.files[0]!.rel))]);
    const report = await t.sam.call('sync.import', { targetId: t.target.id });
    expect(report).toMatchObject({ outcome: 'done', read: 0, skippedFiles: [{ reason: 'not a plain file (a pipe, socket or device), not a scorecard export' }] });
  });
});

describe('the marker', () => {
  it('is never read from a pipe (the read would wait for ever), a device behind a link, or a file far too large to be one', async () => {
    const t = await copiedShare(reviewer, 1);
    const marker = path.join(t.root, 'callmark-share.json');
    const cases: [string, () => void, RegExp][] = [
      ['a pipe', () => execFileSync('mkfifo', [marker]), /is not a plain file \(a pipe, socket or device\), not a marker file/],
      ['a link to /dev/zero', () => fs.symlinkSync('/dev/zero', marker), /is a symbolic link/],
      // Sparse: 600 MB long, nothing written.
      [
        '600 MB',
        () => {
          fs.writeFileSync(marker, '');
          fs.truncateSync(marker, 600 * 1024 * 1024);
        },
        /far too large to be a Callmark marker/,
      ],
    ];
    for (const [what, put, message] of cases) {
      fs.rmSync(marker, { force: true });
      put();
      const report = await t.sam.call('sync.import', { targetId: t.target.id });
      expect(report, what).toMatchObject({ outcome: 'unreachable', listed: 0, read: 0 });
      expect(report.message, what).toMatch(message);
      const status = (await t.sam.call('sync.status', { targetId: t.target.id })).targets[0]!;
      expect(status.reachable, what).toMatchObject({ state: 'unreachable', message: expect.stringMatching(message) });
    }
  });
});

describe('every file of a share', () => {
  it('ends in exactly one count: imported, already known, skipped with a reason, or ignored', async () => {
    const t = await copiedShare(reviewer, 2);
    const put = (rel: string, bytes: Buffer | string) => {
      const file = path.join(t.root, 'scorecards', ...rel.split('/'));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
    };
    const [year] = t.month.split('/');
    put(`${t.month}/${path.basename(t.files[0]!.rel)}`, t.files[0]!.bytes);
    put(`${t.month}/${path.basename(t.files[1]!.rel).replace('.json', ' (1).json')}`, t.files[1]!.bytes);
    put('notes.txt', 'beside the year folders');
    put(`${year}/${path.basename(t.files[1]!.rel)}`, t.files[1]!.bytes);
    put(`${t.month}/old/${path.basename(t.files[1]!.rel)}`, t.files[1]!.bytes);
    put(`${t.month}/.DS_Store`, 'finder');
    put('.sync/state.db', 'a sync client');

    const report = await t.sam.call('sync.import', { targetId: t.target.id });
    const { listed, read: _, imported, duplicates, own, alreadySeen, disappeared, cleanedTempFiles, skipped, ignored } = report;
    expect(imported + duplicates + own + alreadySeen + disappeared + cleanedTempFiles + skipped + ignored).toBe(listed);
    expect(report).toMatchObject({ importedByKind: { scorecard: 2 }, skipped: 3, ignored: 2 });
    const reasons = report.skippedFiles.map((f) => [f.relativePath, f.reason]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['notes.txt', expect.stringContaining('not in a <year>/<month> folder')],
        [`${year}/${path.basename(t.files[1]!.rel)}`, expect.stringContaining('not in a <year>/<month> folder')],
        [`${t.month}/old/${path.basename(t.files[1]!.rel)}`, expect.stringContaining('not in a <year>/<month> folder')],
      ]),
    );
    // The copy stood in for the missing original: it is what was imported.
    expect((await t.sam.call('sync.imported.list', {})).total).toBe(2);
  });
});
