import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMarker } from '../../../electron/services/sync/folder/marker';
import { createFolderTarget } from '../../../electron/services/sync/folder/target';
import { writeFileOnce } from '../../../electron/services/sync/folder/write-once';
import { createKindRegistry, DOCUMENT_KINDS } from '../../../shared/sync/kinds';
import { emptyShare, shareFiles } from './support/share';
import { item } from './support/items';

const SHARE_ID = '5c0ffee0-1234-4abc-8def-0123456789ab';
const signal = new AbortController().signal;
const kinds = createKindRegistry(DOCUMENT_KINDS);

async function share() {
  const root = emptyShare();
  await createMarker(root, { format: 'callmark.share', formatVersion: 1, shareId: SHARE_ID, createdAt: '2026-11-20T10:00:00.000Z', createdBy: 'Test' });
  return { root, target: createFolderTarget({ root, shareId: SHARE_ID, kinds }) };
}
const fileOf = (root: string, relativePath: string) => path.join(root, 'scorecards', ...relativePath.split('/'));

describe('the shared-folder target', () => {
  it('writes one complete file per revision under scorecards/<yyyy>/<mm>/, leaving no temporary file', async () => {
    const { root, target } = await share();
    const one = item('{"a":1}', '2026-11-20T10:00:00.000Z');
    const two = item('{"b":2}', '2027-01-03T10:00:00.000Z');
    expect(await target.deliver(one, signal)).toEqual({ kind: 'delivered' });
    expect(await target.deliver(two, signal)).toEqual({ kind: 'delivered' });
    expect(shareFiles(root, { hidden: true })).toEqual([two.relativePath, one.relativePath].sort());
    expect(fs.readFileSync(fileOf(root, one.relativePath), 'utf8')).toBe('{"a":1}');
    expect(one.relativePath).toMatch(/^2026\/11\/[0-9a-f-]{36}\.r1\.json$/);
  });

  it('counts an identical file already there as delivered, and leaves it untouched', async () => {
    const { root, target } = await share();
    const it1 = item('{"same":true}');
    await target.deliver(it1, signal);
    const before = fs.statSync(fileOf(root, it1.relativePath));
    expect(await target.deliver(it1, signal)).toEqual({ kind: 'delivered' });
    const after = fs.statSync(fileOf(root, it1.relativePath));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('never overwrites a different file under the same name: failed, with what to do', async () => {
    const { root, target } = await share();
    const it1 = item('{"mine":1}');
    fs.mkdirSync(path.dirname(fileOf(root, it1.relativePath)), { recursive: true });
    fs.writeFileSync(fileOf(root, it1.relativePath), '{"theirs":2}');
    const outcome = await target.deliver(it1, signal);
    expect(outcome).toMatchObject({ kind: 'failed', message: expect.stringMatching(/different file.*never overwrites.*move that file aside/s) });
    expect(fs.readFileSync(fileOf(root, it1.relativePath), 'utf8')).toBe('{"theirs":2}');
    // Same size, different bytes: compared, not just sized.
    fs.writeFileSync(fileOf(root, it1.relativePath), '{"mine":2}');
    expect(await target.deliver(it1, signal)).toMatchObject({ kind: 'failed' });
    expect(shareFiles(root, { hidden: true })).toEqual([it1.relativePath]);
  });

  it('treats a folder without its marker as unreachable and writes nothing into it (an unmounted drive looks empty)', async () => {
    const root = emptyShare();
    const target = createFolderTarget({ root, shareId: SHARE_ID, kinds });
    const outcome = await target.deliver(item(), signal);
    expect(outcome).toMatchObject({ kind: 'retry', message: expect.stringContaining('marker file callmark-share.json is missing') });
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('refuses a folder that now holds a different share, and a folder that is gone', async () => {
    const { root } = await share();
    const other = createFolderTarget({ root, shareId: '0ddba11a-1234-4abc-8def-0123456789ab', kinds });
    expect(await other.deliver(item(), signal)).toMatchObject({ kind: 'retry', message: expect.stringContaining('different Callmark share') });
    const gone = createFolderTarget({ root: path.join(root, 'nowhere'), shareId: SHARE_ID, kinds });
    expect(await gone.deliver(item(), signal)).toMatchObject({ kind: 'retry', message: expect.stringContaining('cannot be found') });
    expect(shareFiles(root)).toEqual([]);
  });

  it('retries with the reason when the share cannot take the file, and delivers once it can', async () => {
    const { root, target } = await share();
    // A file where the scorecards folder should be: a real failure that works as root too (chmod does not stop root).
    fs.writeFileSync(path.join(root, 'scorecards'), 'not a folder');
    const it1 = item();
    expect(await target.deliver(it1, signal)).toMatchObject({ kind: 'retry', message: expect.stringContaining('has a file where Callmark expects a folder') });
    fs.rmSync(path.join(root, 'scorecards'));
    expect(await target.deliver(it1, signal)).toEqual({ kind: 'delivered' });
  });

  it('stops before the rename when asked to, leaving neither the file nor its temporary copy', async () => {
    const { root } = await share();
    const controller = new AbortController();
    const target = createFolderTarget({ root, shareId: SHARE_ID, kinds }, { beforeCommit: async () => controller.abort() });
    const it1 = item();
    expect(await target.deliver(it1, controller.signal)).toMatchObject({ kind: 'retry' });
    expect(shareFiles(root, { hidden: true })).toEqual([]);
  });

  it('writes only inside the layout', async () => {
    const { root, target } = await share();
    const evil = { ...item(), relativePath: '../../outside.json' };
    expect(await target.deliver(evil, signal)).toMatchObject({ kind: 'failed', message: expect.stringContaining('layout') });
    expect(fs.existsSync(path.join(root, '..', 'outside.json'))).toBe(false);
  });
});

describe('writing a file once', () => {
  it('puts the bytes in place with a hard link, so a name that appeared meanwhile is never replaced', async () => {
    const dir = emptyShare();
    const result = await writeFileOnce(dir, 'x.json', Buffer.from('mine'), {
      // Someone else's file appears between our check and our commit.
      beforeCommit: async () => fs.writeFileSync(path.join(dir, 'x.json'), 'theirs'),
    });
    expect(result).toEqual({ kind: 'different', existingBytes: 6 });
    expect(fs.readFileSync(path.join(dir, 'x.json'), 'utf8')).toBe('theirs');
    expect(fs.readdirSync(dir)).toEqual(['x.json']);
  });

  it('flushes the temporary file before it gets its name: a reader sees all of it or nothing', async () => {
    const dir = emptyShare();
    const big = Buffer.alloc(4 * 1024 * 1024, 'a');
    let seenDuringWrite: string[] = [];
    await writeFileOnce(dir, 'big.json', big, {
      beforeCommit: async (temp) => {
        seenDuringWrite = fs.readdirSync(dir);
        expect(fs.statSync(temp).size).toBe(big.length);
      },
    });
    expect(seenDuringWrite).toHaveLength(1);
    expect(seenDuringWrite[0]).toMatch(/^\.~big\.json\.[0-9a-f]+\.tmp$/);
    expect(fs.readFileSync(path.join(dir, 'big.json')).equals(big)).toBe(true);
  });
});
