import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createMarker } from '../../../electron/services/sync/folder/marker';
import { createFolderTarget } from '../../../electron/services/sync/folder/target';
import { createKindRegistry, DOCUMENT_KINDS } from '../../../shared/sync/kinds';
import { emptyShare, shareFiles } from './support/share';
import { item } from './support/items';
import type * as FsyncDirModule from '../../../electron/services/sync/folder/fsync-dir';

type FsyncDir = typeof FsyncDirModule;

/** Every folder flush, in order with what the test's seams log; and what each folder held when it was flushed. */
const log = vi.hoisted(() => [] as string[]);
const heldAtFlush = vi.hoisted(() => new Map<string, string[]>());
vi.mock('../../../electron/services/sync/folder/fsync-dir', async (importOriginal) => {
  const real = await importOriginal<FsyncDir>();
  const { readdirSync } = await import('node:fs');
  return {
    fsyncDirectory: async (dir: string) => {
      log.push(`flush ${dir}`);
      heldAtFlush.set(dir, readdirSync(dir));
      await real.fsyncDirectory(dir);
    },
  };
});

/**
 * The shared-folder target takes the outbox's rounds whole
 * (DeliveryTarget.deliverBatch): a few files written at once, each flushed
 * before it gets its name, and each folder that gained names flushed once,
 * after every file of the round has its name and before any is reported
 * delivered. What a round answers is what one-at-a-time delivery would.
 */
const SHARE_ID = '5c0ffee0-1234-4abc-8def-0123456789ab';
const signal = new AbortController().signal;
const kinds = createKindRegistry(DOCUMENT_KINDS);
const failLookup = (): never => {
  throw new Error('kind lookup failed');
};
const fileOf = (root: string, relativePath: string) => path.join(root, 'scorecards', ...relativePath.split('/'));

async function share(options: Parameters<typeof createFolderTarget>[1] = {}) {
  const root = emptyShare();
  await createMarker(root, { format: 'callmark.share', formatVersion: 1, shareId: SHARE_ID, createdAt: '2026-11-20T10:00:00.000Z', createdBy: 'Test' });
  return { root, target: createFolderTarget({ root, shareId: SHARE_ID, kinds }, options) };
}

describe('the shared-folder target, a round at a time', () => {
  it('writes every file of the round with its bytes, then flushes each folder once, after the last name and before answering', async () => {
    const { root, target } = await share({ beforeCommit: async (temp) => void log.push(`name ${path.dirname(temp)}`) });
    log.splice(0);
    const november = Array.from({ length: 9 }, (_, i) => item(`{"n":${i}}`, '2026-11-20T10:00:00.000Z'));
    const january = Array.from({ length: 3 }, (_, i) => item(`{"j":${i}}`, '2027-01-03T10:00:00.000Z'));
    const items = [...november.slice(0, 5), ...january, ...november.slice(5)];
    expect(await target.deliverBatch!(items, signal)).toEqual(items.map(() => ({ kind: 'delivered' })));
    for (const [i, it] of items.entries()) expect(fs.readFileSync(fileOf(root, it.relativePath), 'utf8')).toBe(items[i]!.body);
    expect(shareFiles(root, { hidden: true })).toEqual(items.map((i) => i.relativePath).sort());
    // Each month folder once, and each folder made for them (scorecards, the years, the months) into its parent.
    const months = [...new Set(items.map((i) => path.dirname(fileOf(root, i.relativePath))))];
    const parents = [root, path.join(root, 'scorecards'), path.join(root, 'scorecards', '2026'), path.join(root, 'scorecards', '2027')];
    const flushes = log.filter((l) => l.startsWith('flush '));
    expect(flushes.sort()).toEqual([...months, ...parents].map((f) => `flush ${f}`).sort());
    expect(log.findIndex((l) => l.startsWith('flush '))).toBe(items.length);
    // Flushed with every name of the round in it.
    for (const month of months) {
      const names = items.filter((i) => path.dirname(fileOf(root, i.relativePath)) === month).map((i) => path.basename(i.relativePath));
      expect(heldAtFlush.get(month)).toEqual(expect.arrayContaining(names));
    }
  });

  it('flushes the folder of a file found already there: a run killed before its flush may have left the name unflushed', async () => {
    const { root, target } = await share();
    const again = item('{"again":1}');
    await target.deliver(again, signal);
    log.splice(0);
    expect(await target.deliverBatch!([again], signal)).toEqual([{ kind: 'delivered' }]);
    expect(log).toEqual([`flush ${path.dirname(fileOf(root, again.relativePath))}`]);
  });

  it('flushes each folder on the way into its parent the first time it looks at it, whatever becomes of the file: made now, or left by a killed run', async () => {
    // A run killed after making the month folder, before any flush.
    const { root } = await share();
    const left = path.join(root, 'scorecards', '2026', '11');
    fs.mkdirSync(left, { recursive: true });
    const controller = new AbortController();
    const target = createFolderTarget({ root, shareId: SHARE_ID, kinds }, { beforeCommit: async (temp) => void (temp.includes('2027') && controller.abort()) });
    log.splice(0);
    expect(await target.deliverBatch!([item('{"a":1}', '2026-11-20T10:00:00.000Z')], signal)).toEqual([{ kind: 'delivered' }]);
    expect(log.sort()).toEqual([root, path.join(root, 'scorecards'), path.join(root, 'scorecards', '2026'), left].map((f) => `flush ${f}`).sort());
    // A new month whose file is stopped before it gets its name: the folders made for it are flushed all the same.
    log.splice(0);
    expect(await target.deliverBatch!([item('{"b":1}', '2027-01-03T10:00:00.000Z')], controller.signal)).toMatchObject([{ kind: 'retry' }]);
    expect(log.sort()).toEqual([path.join(root, 'scorecards'), path.join(root, 'scorecards', '2027')].map((f) => `flush ${f}`).sort());
  });

  it('writes four files at a time, no more', async () => {
    let inside = 0;
    let most = 0;
    let release: () => void = () => undefined;
    const four = new Promise<void>((resolve) => (release = resolve));
    const { target } = await share({
      beforeCommit: async () => {
        most = Math.max(most, ++inside);
        // The first four wait for each other: with fewer at once this never resolves and the test times out.
        if (inside === 4) release();
        await four;
        inside--;
      },
    });
    const items = Array.from({ length: 10 }, (_, i) => item(`{"n":${i}}`));
    expect(await target.deliverBatch!(items, signal)).toEqual(items.map(() => ({ kind: 'delivered' })));
    expect(most).toBe(4);
  });

  it('an unexpected error in one file is that file\'s retry: the round waits for the others in flight and flushes them before answering', async () => {
    const { root } = await share();
    const throwing = { ...kinds, has: (k: string) => k === 'boom' || kinds.has(k), get: (k: string) => (k === 'boom' ? failLookup() : kinds.get(k)) };
    const target = createFolderTarget({ root, shareId: SHARE_ID, kinds: throwing });
    const items = Array.from({ length: 8 }, (_, i) => item(`{"n":${i}}`));
    items[2] = { ...items[2]!, kind: 'boom' };
    log.splice(0);
    const outcomes = await target.deliverBatch!(items, signal);
    expect(outcomes[2]).toMatchObject({ kind: 'retry', message: expect.stringContaining('kind lookup failed') });
    const delivered = outcomes.flatMap((o, i) => (o.kind === 'delivered' ? [items[i]!] : []));
    expect(delivered.length).toBeGreaterThanOrEqual(2);
    // Every file it answers for is in place, and its folder was flushed with it in it before the answer.
    const month = path.dirname(fileOf(root, items[0]!.relativePath));
    expect(heldAtFlush.get(month)).toEqual(expect.arrayContaining(delivered.map((i) => path.basename(i.relativePath))));
    expect(shareFiles(root, { hidden: true })).toEqual(delivered.map((i) => i.relativePath).sort());
  });

  it('starts no more files once the target is no longer wanted (disabled, removed or changed), answering for those it started', async () => {
    const { root, target } = await share();
    await target.deliver(item(), signal);
    const items = Array.from({ length: 12 }, (_, i) => item(`{"n":${i}}`));
    let asked = 0;
    const outcomes = await target.deliverBatch!(items, signal, () => ++asked <= 5);
    expect(outcomes).toEqual(items.slice(0, 5).map(() => ({ kind: 'delivered' })));
    expect(shareFiles(root).filter((f) => items.some((i) => i.relativePath === f))).toHaveLength(5);
  });

  it('answers for each file as one at a time would: an identical file delivered, a different one failed, the rest written', async () => {
    const { root, target } = await share();
    const [same, theirs, mine] = [item('{"same":1}'), item('{"mine":1}'), item('{"new":1}')];
    await target.deliver(same, signal);
    fs.writeFileSync(fileOf(root, theirs.relativePath), '{"theirs":2}');
    expect(await target.deliverBatch!([same, theirs, mine], signal)).toEqual([
      { kind: 'delivered' },
      { kind: 'failed', message: expect.stringMatching(/different file.*never overwrites/s) },
      { kind: 'delivered' },
    ]);
    expect(fs.readFileSync(fileOf(root, theirs.relativePath), 'utf8')).toBe('{"theirs":2}');
    expect(fs.readFileSync(fileOf(root, mine.relativePath), 'utf8')).toBe('{"new":1}');
  });

  it('starts nothing after the share goes away mid-round: it answers for the files it started, which are all in place or retried', async () => {
    let named = 0;
    const marker = () => path.join(root, 'callmark-share.json');
    const { root, target } = await share({
      beforeCommit: async () => {
        // The drive goes away after the third file is written.
        if (++named === 3) fs.renameSync(marker(), `${marker()}.away`);
      },
    });
    const items = Array.from({ length: 20 }, (_, i) => item(`{"n":${i}}`));
    const outcomes = await target.deliverBatch!(items, signal);
    expect(outcomes.length).toBeLessThan(items.length);
    expect(outcomes.at(-1)).toMatchObject({ kind: 'retry', message: expect.stringContaining('marker file callmark-share.json is missing') });
    const delivered = outcomes.flatMap((o, i) => (o.kind === 'delivered' ? [items[i]!.relativePath] : []));
    expect(delivered.length).toBeGreaterThanOrEqual(3);
    expect(shareFiles(root, { hidden: true })).toEqual(delivered.sort());
    expect(outcomes.every((o) => o.kind === 'delivered' || o.kind === 'retry')).toBe(true);
    // Back again, the next round goes on from the first file not delivered.
    fs.renameSync(`${marker()}.away`, marker());
    const rest = items.filter((i) => !delivered.includes(i.relativePath));
    expect(await target.deliverBatch!(rest, signal)).toEqual(rest.map(() => ({ kind: 'delivered' })));
    expect(shareFiles(root, { hidden: true })).toEqual(items.map((i) => i.relativePath).sort());
  });
});
