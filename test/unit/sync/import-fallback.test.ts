import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiedShare } from './support/copied-share';
import { reviewersClosedAfterEach } from './support/reviewer';

/**
 * What a sync client really leaves in a share: sometimes only its copy of a
 * file, sometimes a truncated original beside a complete copy, and files
 * rewritten in place. The copy stands in when the original cannot, and a
 * skipped file is read again when its content changes, whatever its size
 * and time say.
 */
const reviewer = reviewersClosedAfterEach();

async function setUp(count: number) {
  const t = await copiedShare(reviewer, count);
  const nameOf = (i: number) => path.basename(t.files[i]!.rel);
  const put = (name: string, bytes: Buffer | string) => {
    fs.writeFileSync(path.join(t.dir, name), bytes);
    return `${t.month}/${name}`;
  };
  const run = () => t.sam.call('sync.import', { targetId: t.target.id });
  return { ...t, nameOf, put, run };
}

describe('a conflict copy', () => {
  it('is imported when it is all that arrived', async () => {
    const t = await setUp(1);
    const copy = t.put(t.nameOf(0).replace('.json', '-DESKTOP-ABC.json'), t.files[0]!.bytes);
    const report = await t.run();
    expect(report).toMatchObject({ outcome: 'done', importedByKind: { scorecard: 1 }, skipped: 0 });
    const [item] = (await t.sam.call('sync.imported.list', {})).items;
    expect(item).toMatchObject({ scorecardId: t.ids[0], origin: { relativePath: copy } });
    // The original arriving later is the same revision: known, not read.
    t.put(t.nameOf(0), t.files[0]!.bytes);
    expect(await t.run()).toMatchObject({ read: 0, duplicates: 1, alreadySeen: 1 });
  });

  it('stands in for a truncated original, which is listed as skipped with why', async () => {
    const t = await setUp(1);
    const whole = t.files[0]!.bytes;
    const original = t.put(t.nameOf(0), whole.subarray(0, 200));
    const copy = t.put(t.nameOf(0).replace('.json', ' (1).json'), whole);
    const report = await t.run();
    expect(report).toMatchObject({ importedByKind: { scorecard: 1 }, skipped: 1, skippedFiles: [{ relativePath: original, reason: expect.stringContaining('not complete JSON') }] });
    expect((await t.sam.call('sync.imported.list', {})).items[0]!.origin.relativePath).toBe(copy);
  });

  it('is used only once among several, and each other copy says which one stands in', async () => {
    const t = await setUp(1);
    const stem = t.nameOf(0).replace('.json', '');
    t.put(`${stem} (1).json`, t.files[0]!.bytes);
    t.put(`${stem} (2).json`, t.files[0]!.bytes);
    const report = await t.run();
    expect(report).toMatchObject({ importedByKind: { scorecard: 1 }, skipped: 1 });
    expect(report.skippedFiles[0]!.reason).toBe(`a numbered copy of ${t.nameOf(0)}: not imported, another copy (${stem} (1).json) stands in for ${t.nameOf(0)}`);
  });

  it('says both what is wrong with the original and with the copy when neither can be imported', async () => {
    const t = await setUp(2);
    t.put(t.nameOf(0), '{"format": "callmark.scorecard"');
    // A copy of the first name holding the second document: what the name promises is not in it.
    t.put(t.nameOf(0).replace('.json', ' (conflicted copy).json'), t.files[1]!.bytes);
    const report = await t.run();
    expect(report).toMatchObject({ imported: 0, skipped: 2 });
    const copyReason = report.skippedFiles.find((f) => f.relativePath.includes('conflicted'))!.reason;
    expect(copyReason).toMatch(
      new RegExp(`^a sync conflict copy of ${t.nameOf(0)}, which cannot stand in for it: ${t.nameOf(0)} is damaged \\(not complete JSON.*\\), and this copy its content is scorecard ${t.nameOf(1).slice(0, 36)} revision 1`),
    );
  });
});

describe('a skipped file rewritten in place', () => {
  it('is read again when its content changes, even with the same size and modification time', async () => {
    const t = await setUp(1);
    const whole = t.files[0]!.bytes.toString('utf8');
    const damaged = whole.replace('"Rita Reviewer"', '"Rita Reviewes"');
    expect(damaged).toHaveLength(whole.length);
    const file = path.join(t.dir, t.nameOf(0));
    t.put(t.nameOf(0), damaged);
    const first = await t.run();
    expect(first).toMatchObject({ skipped: 1, skippedFiles: [{ reason: expect.stringContaining('content hash does not match') }] });
    const { mtime } = fs.statSync(file);

    // Unchanged: read to compare, found the same, not judged again.
    expect(await t.run()).toMatchObject({ read: 1, alreadySeen: 1, imported: 0, skipped: 0 });

    // The sync client puts the right bytes in place, keeping size and time.
    fs.writeFileSync(file, whole);
    fs.utimesSync(file, mtime, mtime);
    expect(fs.statSync(file)).toMatchObject({ size: Buffer.byteLength(damaged), mtimeMs: mtime.getTime() });
    expect(await t.run()).toMatchObject({ read: 1, importedByKind: { scorecard: 1 }, skipped: 0 });
  });
});
