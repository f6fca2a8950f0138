import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/services/db/open';
import { tempFileName } from '../../../shared/sync/file-names';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { tempFolder } from '../../support/service';
import { reviewersClosedAfterEach } from './support/reviewer';
import { copiedShare } from './support/copied-share';
import { emptyShare, shareFiles } from './support/share';
import { standaloneImport } from './support/standalone-import';

const reviewer = reviewersClosedAfterEach();

async function setUp(count = 3) {
  const shared = await copiedShare(reviewer, count);
  const { sam, files, dir, target, month } = shared;
  const put = (name: string, bytes: Buffer | string) => {
    fs.writeFileSync(path.join(dir, name), bytes);
    return `${month}/${name}`;
  };
  const nameOf = (i: number) => path.basename(files[i]!.rel);
  const run = () => sam.call('sync.import', { targetId: target.id });
  return { ...shared, put, nameOf, run };
}

describe('reading a shared folder back', () => {
  it('skips and lists conflict copies, imports the original once', async () => {
    const t = await setUp(1);
    const name = t.nameOf(0);
    const stem = name.replace(/\.json$/, '');
    t.put(name, t.files[0]!.bytes);
    for (const copy of [`${stem} (1).json`, `${stem}-DESKTOP-ABC.json`, `${stem} (conflicted copy).json`]) t.put(copy, t.files[0]!.bytes);
    const report = await t.run();
    expect(report).toMatchObject({ outcome: 'done', listed: 4, imported: 1, skipped: 3 });
    expect(report.skippedFiles.map((f) => [path.basename(f.relativePath), f.reason.split(' of ')[0]])).toEqual(
      expect.arrayContaining([
        [`${stem} (1).json`, 'a numbered copy'],
        [`${stem}-DESKTOP-ABC.json`, 'a copy renamed with a computer name (OneDrive)'],
        [`${stem} (conflicted copy).json`, 'a sync conflict copy'],
      ]),
    );
    expect((await t.sam.call('sync.import.skipped', { targetId: t.target.id })).total).toBe(3);
    expect((await t.sam.call('sync.imported.list', {})).total).toBe(1);
  });

  it('skips truncated JSON, and imports it once a sync client has brought the whole file', async () => {
    const t = await setUp(1);
    const full = t.files[0]!.bytes;
    const rel = t.put(t.nameOf(0), full.subarray(0, Math.floor(full.length / 2)));
    const first = await t.run();
    expect(first).toMatchObject({ imported: 0, skipped: 1, skippedFiles: [{ relativePath: rel, reason: expect.stringContaining('not complete JSON') }] });
    // Read again to compare (a sync client may rewrite it in place), found the same.
    expect(await t.run()).toMatchObject({ read: 1, alreadySeen: 1, skipped: 0 });
    t.put(t.nameOf(0), full);
    expect(await t.run()).toMatchObject({ read: 1, imported: 1, skipped: 0 });
    expect((await t.sam.call('sync.import.skipped', { targetId: t.target.id })).total).toBe(0);
  });

  it('skips files of the wrong schema, a wrong hash or a name that does not match, saying which', async () => {
    const t = await setUp(3);
    const [a, b, c] = [0, 1, 2].map((i) => JSON.parse(t.files[i]!.bytes.toString('utf8')) as Record<string, unknown>);
    const schema = t.put(t.nameOf(0), JSON.stringify({ ...a, answers: 'none' }));
    const hash = t.put(t.nameOf(1), JSON.stringify({ ...b, reviewer: { ...(b!.reviewer as object), name: 'Mallory' } }));
    const swapped = t.put(t.nameOf(2), JSON.stringify(a));
    const foreign = t.put('notes.txt', 'shopping list');
    const other = t.put('report.json', JSON.stringify({ format: 'something-else' }));
    void c;
    const report = await t.run();
    const reasons = Object.fromEntries(report.skippedFiles.map((f) => [f.relativePath, f.reason]));
    expect(report).toMatchObject({ imported: 0, skipped: 5 });
    expect(reasons[schema]).toMatch(/does not match the export format: answers/);
    expect(reasons[hash]).toMatch(/content hash does not match/);
    expect(reasons[swapped]).toMatch(/does not match its file name/);
    expect(reasons[foreign]).toMatch(/not a Callmark scorecard file name/);
    expect(reasons[other]).toMatch(/not a Callmark scorecard file name/);
  });

  it("refuses a document whose embedded template is not the version its hash names", async () => {
    const t = await setUp(1);
    const doc = JSON.parse(t.files[0]!.bytes.toString('utf8')) as { template: { content: { name: string } }; contentHash?: string };
    doc.template.content.name = 'Quietly edited';
    delete doc.contentHash;
    const rehashed = { ...doc, contentHash: createHash('sha256').update(canonicalJson(doc)).digest('hex') };
    const rel = t.put(t.nameOf(0), canonicalJson(rehashed));
    expect(await t.run()).toMatchObject({ imported: 0, skippedFiles: [{ relativePath: rel, reason: expect.stringContaining("does not match the template's content hash") }] });
  });

  it('keeps one copy of each template version however many scorecards use it, and gives each document back whole', async () => {
    const t = await setUp(3);
    for (const i of [0, 1, 2]) t.put(t.nameOf(i), t.files[i]!.bytes);
    expect(await t.run()).toMatchObject({ imported: 3 });
    const db = t.sam.service.context.db;
    expect(db.prepare('SELECT COUNT(*) AS n FROM imported_templates').get()).toEqual({ n: 1 });
    const stored = db.prepare(`SELECT MAX(length(body)) AS n FROM imported_documents WHERE kind = 'scorecard'`).get() as { n: number };
    expect(stored.n).toBeLessThan(t.files[0]!.bytes.length / 2);
    for (const id of t.ids) {
      const { document } = await t.sam.call('sync.imported.get', { scorecardId: id });
      expect(canonicalJson(document)).toBe(t.files.find((f) => f.rel.includes(id))!.bytes.toString('utf8'));
    }
  });

  it('refuses a huge file without reading it', async () => {
    const t = await setUp(1);
    const rel = t.put(t.nameOf(0), Buffer.alloc(6 * 1024 * 1024, ' '));
    const report = await t.run();
    expect(report).toMatchObject({ read: 0, imported: 0, skipped: 1, skippedFiles: [{ relativePath: rel, reason: expect.stringMatching(/too large.*6\.0 MB.*limit is 5\.0 MB/) }] });
  });

  it('reads nothing without the marker: a share that looks empty is unreachable, and nothing is forgotten', async () => {
    const t = await setUp(2);
    t.put(t.nameOf(0), t.files[0]!.bytes);
    expect(await t.run()).toMatchObject({ imported: 1 });
    fs.rmSync(path.join(t.root, 'callmark-share.json'));
    t.put(t.nameOf(1), t.files[1]!.bytes);
    const report = await t.run();
    expect(report).toMatchObject({ outcome: 'unreachable', listed: 0, read: 0, imported: 0, message: expect.stringContaining('marker') });
    expect((await t.sam.call('sync.imported.list', {})).total).toBe(1);
    const status = (await t.sam.call('sync.status', { targetId: t.target.id })).targets[0]!;
    expect(status).toMatchObject({ reachable: { state: 'unreachable' }, lastImport: { outcome: 'unreachable' } });
  });

  it('deletes nothing locally when a file disappears from the share', async () => {
    const t = await setUp(1);
    const rel = t.put(t.nameOf(0), t.files[0]!.bytes);
    expect(await t.run()).toMatchObject({ imported: 1 });
    fs.rmSync(path.join(t.root, 'scorecards', ...rel.split('/')));
    expect(await t.run()).toMatchObject({ listed: 0, imported: 0 });
    expect((await t.sam.call('sync.imported.list', {})).items.map((i) => i.scorecardId)).toEqual([t.ids[0]]);
  });

  it('picks up a file that arrives late with an old modification time (names are the cursor, not mtime)', async () => {
    const t = await setUp(2);
    t.put(t.nameOf(0), t.files[0]!.bytes);
    expect(await t.run()).toMatchObject({ imported: 1 });
    const rel = t.put(t.nameOf(1), t.files[1]!.bytes);
    const old = new Date('2001-01-01T00:00:00Z');
    fs.utimesSync(path.join(t.root, 'scorecards', ...rel.split('/')), old, old);
    expect(await t.run()).toMatchObject({ imported: 1, alreadySeen: 1 });
  });

  it('imports one id and revision once, even when two shares carry it', async () => {
    const t = await setUp(1);
    t.put(t.nameOf(0), t.files[0]!.bytes);
    const otherRoot = emptyShare();
    const other = await t.sam.addShare(otherRoot);
    const dir = path.join(otherRoot, 'scorecards', ...t.month.split('/'));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, t.nameOf(0)), t.files[0]!.bytes);
    expect(await t.run()).toMatchObject({ imported: 1 });
    expect(await t.sam.call('sync.import', { targetId: other.id })).toMatchObject({ imported: 0, duplicates: 1, read: 0 });
    expect((await t.sam.call('sync.imported.list', {})).total).toBe(1);
  });

  it('keeps imported scorecards read-only', async () => {
    const t = await setUp(1);
    t.put(t.nameOf(0), t.files[0]!.bytes);
    await t.run();
    const db = t.sam.service.context.db;
    expect(() => db.prepare(`UPDATE imported_documents SET body = '{}'`).run()).toThrow(/read-only/);
    expect(() => db.prepare(`UPDATE imported_scorecards SET agent_name = 'Mallory'`).run()).toThrow(/read-only/);
  });

  it('removes only its own temporary files, and only stale ones', async () => {
    const t = await setUp(1);
    const samIds = await t.sam.complete(1);
    const ownStale = t.put(tempFileName(`${samIds[0]}.r1.json`, 'aaaa'), 'half');
    const ownFresh = t.put(tempFileName(`${samIds[0]}.r1.json`, 'bbbb'), 'half');
    const theirsStale = t.put(tempFileName(t.nameOf(0), 'cccc'), 'half');
    const old = new Date(Date.now() - 2 * 3600_000);
    for (const rel of [ownStale, theirsStale]) fs.utimesSync(path.join(t.root, 'scorecards', ...rel.split('/')), old, old);
    const report = await t.run();
    expect(report).toMatchObject({ cleanedTempFiles: 1, skipped: 0, imported: 0 });
    const left = shareFiles(t.root, { hidden: true });
    expect(left).not.toContain(ownStale);
    expect(left).toEqual(expect.arrayContaining([ownFresh, theirsStale]));
  });

  it('lists a file gone between listing and reading as disappeared, and remembers nothing about it', async () => {
    const t = await setUp(1);
    const rel = t.put(t.nameOf(0), t.files[0]!.bytes);
    const opened = openDatabase(tempFolder('callmark-import-'));
    const { db } = opened;
    try {
      // Asked just before the file is read: the owner's sync client removes it at that moment.
      const pass = standaloneImport(db, t.target, () => (fs.rmSync(path.join(t.root, 'scorecards', ...rel.split('/'))), false));
      const report = await pass.run();
      expect(report).toMatchObject({ outcome: 'done', listed: 1, disappeared: 1, read: 0, imported: 0, skipped: 0 });
      expect(pass.entries.seen(pass.sourceId).size).toBe(0);
    } finally {
      opened.close();
    }
  });
});
