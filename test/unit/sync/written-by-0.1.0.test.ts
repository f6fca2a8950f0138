import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { closeAfterEach } from '../../support/close-after-each';
import { openService, type OpenedService } from '../../support/service';
import { reviewersClosedAfterEach } from './support/reviewer';
import { emptyShare, shareFiles } from './support/share';
import { copyOfShare010, dataFolder010, writtenBy010 } from './support/written-by-010';

/**
 * What Callmark 0.1.0 wrote (test/unit/sync/fixtures/written-by-0.1.0, made
 * with 0.1.0's own code before sync was keyed by document kind): a share in
 * its layout, `scorecards/yyyy/mm/<uuid>.r<n>.json`, and Sam's database, with
 * a sent and a failed delivery, three imports and two skipped files.
 */
const fixtures = writtenBy010;
const before = JSON.parse(fs.readFileSync(path.join(fixtures, 'sam-api.json'), 'utf8')) as {
  samTargetId: string;
  serverTargetId: string;
  ids: { a: string; b: string; own: string };
  api: Record<'status' | 'items' | 'serverItems' | 'imported' | 'importedGet' | 'skipped' | 'stateOf', unknown>;
};

const reviewer = reviewersClosedAfterEach();

/**
 * 0.1.0's answers in today's words: what this version added to the API, with
 * the value it has for data 0.1.0 wrote. Everything 0.1.0 said is still said.
 */
type Old = Record<string, unknown>;
const items = (list: unknown, each: (item: Old) => Old) => ({ ...(list as Old), items: ((list as Old).items as Old[]).map(each) });
const now = {
  /** An outbox row names its kind and document (it said `scorecardId`). */
  outboxItem: ({ scorecardId, ...rest }: Old) => ({ ...rest, kind: 'scorecard', documentId: scorecardId }),
  /** A skipped file says which kind's folder it is in. */
  skipped: (file: Old) => ({ kind: 'scorecard', ...file }),
  /** 0.1.0 did not sign: its imports are unsigned. */
  imported: (item: Old) => ({ ...item, trust: 'unsigned' }),
  /** Reports count hidden files and imports by kind (0.1.0 kept neither); a target has no backfill or recovery to show. */
  report: (report: Old) => ({ ...report, ignored: 0, importedByKind: {}, skippedFiles: (report.skippedFiles as Old[]).map(now.skipped) }),
  status: (status: unknown) => ({
    targets: ((status as Old).targets as Old[]).map((t) => ({ ...t, backfill: null, recovery: null, lastImport: t.lastImport ? now.report(t.lastImport as Old) : null })),
  }),
};
const track = closeAfterEach<OpenedService>();

const copyOfShare = copyOfShare010;

const fileBytes = (root: string, rel: string) => fs.readFileSync(path.join(root, 'scorecards', ...rel.split('/')), 'utf8');

describe('a share written by 0.1.0', () => {
  it('is adopted and read back: every scorecard once, the copies and strays listed as skipped', async () => {
    const root = copyOfShare();
    const tess = await reviewer('Tess Third');
    const target = await tess.addShare(root, { adopt: true });
    const report = await tess.call('sync.import', { targetId: target.id });
    expect(report).toMatchObject({ outcome: 'done', listed: 6, read: 4, imported: 4, own: 0, skipped: 2 });
    expect(report.skippedFiles.map((f) => f.relativePath).sort()).toEqual([`2026/11/${before.ids.a}.r1 (1).json`, '2026/11/notes.txt']);
    const list = await tess.call('sync.imported.list', {});
    expect(list.items.map((i) => [i.scorecardId, i.revision]).sort()).toEqual([[before.ids.a, 1], [before.ids.b, 2], [before.ids.own, 1]].sort());
    for (const [id, revision] of [[before.ids.a, 1], [before.ids.b, 1], [before.ids.b, 2]] as const) {
      const { document } = await tess.call('sync.imported.get', { scorecardId: id, revision });
      expect(canonicalJson(document)).toBe(fileBytes(root, `2026/11/${id}.r${revision}.json`));
    }

    // What this version writes into the same share keeps 0.1.0's layout.
    const [mine] = await tess.complete(1);
    await tess.idle();
    const completedAt = (await tess.call('reviews.get', { id: mine! })).scorecard.completedAt!;
    expect(shareFiles(root)).toContain(`${completedAt.slice(0, 4)}/${completedAt.slice(5, 7)}/${mine}.r1.json`);
  });
});

describe('a database written by 0.1.0', () => {
  const openOldDatabase = (): OpenedService => track(openService(dataFolder010()));

  it('opens with everything it held: deliveries, imports and what was skipped, as the API showed them before', async () => {
    const s = openOldDatabase();
    const root = copyOfShare();
    // The share was in a temporary folder then: here it is found at its new place, as a remapped drive is.
    await s.call('sync.targets.update', { targetId: before.samTargetId, config: { kind: 'folder', path: root } });
    await s.idle();

    expect(await s.call('sync.status', {})).toEqual(now.status(before.api.status));
    expect(await s.call('sync.items.list', { targetId: before.samTargetId })).toEqual(items(before.api.items, now.outboxItem));
    expect(await s.call('sync.items.list', { targetId: before.serverTargetId })).toEqual(items(before.api.serverItems, now.outboxItem));
    expect(await s.call('sync.imported.list', {})).toEqual(items(before.api.imported, now.imported));
    const importedGet = before.api.importedGet as Old;
    expect(await s.call('sync.imported.get', { scorecardId: before.ids.b })).toEqual({ ...importedGet, item: now.imported(importedGet.item as Old) });
    expect(await s.call('sync.import.skipped', { targetId: before.samTargetId })).toEqual(items(before.api.skipped, now.skipped));
    expect(await s.call('sync.stateOf', { documentIds: [before.ids.own] })).toEqual(before.api.stateOf);

    // Nothing is read again: every name of the share was remembered.
    expect(await s.call('sync.import', { targetId: before.samTargetId })).toMatchObject({ outcome: 'done', listed: 6, read: 0, imported: 0, alreadySeen: 6 });
  });

  it('keeps the bytes 0.1.0 froze: a share added now receives exactly them', async () => {
    const s = openOldDatabase();
    const root = emptyShare();
    await s.call('sync.targets.add', { name: 'New share', config: { kind: 'folder', path: root }, sendExisting: true });
    await s.idle();
    const [rel] = shareFiles(root);
    expect(rel).toBe(`2026/11/${before.ids.own}.r1.json`);
    expect(fileBytes(root, rel!)).toBe(fs.readFileSync(path.join(fixtures, 'share', 'scorecards', '2026', '11', `${before.ids.own}.r1.json`), 'utf8'));
  });
});
