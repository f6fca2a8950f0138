import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/services/db/open';
import { tempFolder } from '../../support/service';
import { reviewersClosedAfterEach } from './support/reviewer';
import { copiedShare } from './support/copied-share';
import { standaloneImport } from './support/standalone-import';
import { entryKey } from '../../../electron/services/sync/store/import-entries';

/**
 * A file of a share that cannot be read is that file's problem: it is skipped
 * and listed with the reason, and every other file is still imported. Only the
 * share itself going away stops a pass. The tests run as root in CI, where a
 * chmod 000 file is still readable, so the unreadable files here are ones that
 * are never opened, whatever the account: a symbolic link that loops back on
 * itself, a link to nothing (links are never followed), a named pipe.
 */
const reviewer = reviewersClosedAfterEach();

const sharesOf = (count: number) => copiedShare(reviewer, count);

const exportName = () => `${randomUUID()}.r1.json`;

describe('an unreadable file in a share', () => {
  it('is skipped with its reason while every other file is imported, and looked at again only once it changes', async () => {
    const t = await sharesOf(4);
    const [good, looping] = [t.files.slice(0, 3), t.files[3]!];
    for (const f of good) fs.writeFileSync(path.join(t.dir, path.basename(f.rel)), f.bytes);
    const loopName = path.basename(looping.rel);
    fs.symlinkSync(loopName, path.join(t.dir, loopName)); // points at itself: every open fails with ELOOP
    const danglingName = exportName();
    fs.symlinkSync(path.join(t.dir, 'nothing-here.json'), path.join(t.dir, danglingName));
    const pipeName = exportName();
    execFileSync('mkfifo', [path.join(t.dir, pipeName)]);

    const first = await t.sam.call('sync.import', { targetId: t.target.id });
    expect(first).toMatchObject({ outcome: 'done', message: null, listed: 6, imported: 3, skipped: 3 });
    const reasons = Object.fromEntries(first.skippedFiles.map((f) => [path.basename(f.relativePath), f.reason]));
    const link = 'a symbolic link (Callmark follows no links in a share, so nothing outside it is ever read), not a scorecard export';
    expect(reasons).toEqual({
      [loopName]: link,
      [danglingName]: link,
      [pipeName]: 'not a plain file (a pipe, socket or device), not a scorecard export',
    });
    expect((await t.sam.call('sync.import.skipped', { targetId: t.target.id })).items.map((i) => path.basename(i.relativePath)).sort()).toEqual(
      [loopName, danglingName, pipeName].sort(),
    );
    const idOf = (rel: string) => path.basename(rel).replace(/\.r1\.json$/, '');
    expect((await t.sam.call('sync.imported.list', {})).items.map((i) => i.scorecardId).sort()).toEqual(good.map((f) => idOf(f.rel)).sort());

    // Unchanged: not tried again.
    expect(await t.sam.call('sync.import', { targetId: t.target.id })).toMatchObject({ outcome: 'done', read: 0, skipped: 0, alreadySeen: 6 });

    // The owner's sync client brings the real file in place of the link: it is read and imported.
    fs.rmSync(path.join(t.dir, loopName));
    fs.writeFileSync(path.join(t.dir, loopName), looping.bytes);
    expect(await t.sam.call('sync.import', { targetId: t.target.id })).toMatchObject({ outcome: 'done', read: 1, imported: 1 });
    expect((await t.sam.call('sync.import.skipped', { targetId: t.target.id })).total).toBe(2);
  });

  it('a file that turns unreadable between listing and reading stalls nothing; the share going away stops the pass and marks nothing', async () => {
    const t = await sharesOf(12);
    for (const f of t.files) fs.writeFileSync(path.join(t.dir, path.basename(f.rel)), f.bytes);
    const opened = openDatabase(tempFolder('callmark-import-unreadable-'));
    try {
      const fileOf = (id: string) => path.join(t.dir, `${id}.r1.json`);
      const marker = path.join(t.root, 'callmark-share.json');
      const markerBytes = fs.readFileSync(marker);
      // Asked just before a file is read: at that moment a file becomes a looping link (and, in the second pass, the share goes).
      let onRead: (id: string) => void = () => undefined;
      const pass = standaloneImport(opened.db, t.target, (id) => (onRead(id), false));
      const breakFile = (id: string) => {
        fs.rmSync(fileOf(id));
        fs.symlinkSync(`${id}.r1.json`, fileOf(id));
      };

      const victim = t.ids[1]!;
      onRead = (id) => id === victim && breakFile(id);
      const report = await pass.run();
      expect(report).toMatchObject({ outcome: 'done', message: null, listed: 12, imported: 11, skipped: 1 });
      expect(report.skippedFiles).toEqual([{ kind: 'scorecard', relativePath: `${t.month}/${victim}.r1.json`, reason: expect.stringContaining('a symbolic link') }]);

      // Now the share disappears while a file is being read: the pass stops, and that file is not marked as skipped.
      const second = t.ids.find((id) => id !== victim)!;
      opened.db.prepare('DELETE FROM import_entries WHERE relative_path LIKE ?').run(`%${second}%`);
      opened.db.prepare('DELETE FROM imported_scorecards WHERE scorecard_id = ?').run(second);
      opened.db.prepare('DELETE FROM imported_documents WHERE document_id = ?').run(second);
      onRead = (id) => {
        if (id !== second) return;
        fs.rmSync(marker);
        breakFile(id);
      };
      const stopped = await pass.run();
      expect(stopped).toMatchObject({ outcome: 'error', skipped: 0 });
      expect(stopped.message).toMatch(/^The import stopped: The shared folder .* is not reachable: its marker file callmark-share\.json is missing/);
      expect(pass.entries.seen(pass.sourceId).has(entryKey('scorecard', `${t.month}/${second}.r1.json`))).toBe(false);

      // The share is back and both files whole again: both are imported.
      onRead = () => undefined;
      fs.writeFileSync(marker, markerBytes);
      for (const id of [victim, second]) {
        fs.rmSync(fileOf(id));
        fs.writeFileSync(fileOf(id), t.files.find((f) => f.rel.includes(id))!.bytes);
      }
      expect(await pass.run()).toMatchObject({ outcome: 'done', imported: 2, skipped: 0 });
      expect(pass.importedScorecards.list(undefined, 50, 0).total).toBe(12);
    } finally {
      opened.close();
    }
  });
});
