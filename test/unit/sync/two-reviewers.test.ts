import { describe, expect, it } from 'vitest';
import { reviewersClosedAfterEach } from './support/reviewer';
import { emptyShare, shareFiles } from './support/share';

const reviewer = reviewersClosedAfterEach();

describe('two reviewers, two laptops, one shared folder', () => {
  it("each sees the other's completed scorecards, and never their own twice", async () => {
    const root = emptyShare();
    const rita = await reviewer('Rita Reviewer');
    const sam = await reviewer('Sam Second');
    const ritaShare = await rita.addShare(root);
    const samShare = await sam.addShare(root, { adopt: true });
    expect(samShare.shareId).toBe(ritaShare.shareId);

    const ritas = await rita.complete(3);
    const sams = await sam.complete(2);
    await Promise.all([rita.idle(), sam.idle()]);
    expect(shareFiles(root)).toHaveLength(5);

    // Each install's roster entry (its signing key) is a file of the share too: 5 scorecards and 2 entries.
    const atRita = await rita.call('sync.import', { targetId: ritaShare.id });
    const atSam = await sam.call('sync.import', { targetId: samShare.id });
    expect(atRita).toMatchObject({ outcome: 'done', listed: 7, imported: 3, importedByKind: { scorecard: 2, 'install-key': 1 }, own: 4, skipped: 0 });
    expect(atSam).toMatchObject({ outcome: 'done', listed: 7, imported: 4, importedByKind: { scorecard: 3, 'install-key': 1 }, own: 3, skipped: 0 });
    // Own files are known by name and never opened.
    expect(atRita.read).toBe(3);

    const ritaSees = await rita.call('sync.imported.list', {});
    expect(ritaSees.total).toBe(2);
    expect(ritaSees.items.map((i) => i.scorecardId).sort()).toEqual([...sams].sort());
    expect(ritaSees.items[0]).toMatchObject({
      reviewer: { name: 'Sam Second' },
      agent: { name: 'Agent of Sam Second', team: 'North' },
      score: 90,
      bandLabel: 'Meets expectations',
      origin: { targetId: ritaShare.id, targetName: 'Share of Rita Reviewer', shareId: ritaShare.shareId },
    });
    expect((await sam.call('sync.imported.list', {})).items.map((i) => i.scorecardId).sort()).toEqual([...ritas].sort());

    // Imported scorecards are not the reviewer's own: they do not appear among local reviews.
    expect((await rita.call('reviews.list', {})).total).toBe(3);

    // A second pass reads nothing again and imports nothing twice.
    const again = await rita.call('sync.import', { targetId: ritaShare.id });
    expect(again).toMatchObject({ listed: 7, read: 0, imported: 0, alreadySeen: 7 });
    expect(await rita.call('sync.import.lastReport', { targetId: ritaShare.id })).toEqual(again);

    // The next scorecard from Sam arrives on the next pass.
    const [late] = await sam.complete();
    await sam.idle();
    expect(await rita.call('sync.import', { targetId: ritaShare.id })).toMatchObject({ imported: 1, read: 1, alreadySeen: 7 });
    const full = await rita.call('sync.imported.get', { scorecardId: late! });
    expect(full.document).toMatchObject({ scorecardId: late, reviewer: { name: 'Sam Second' }, answers: expect.any(Array) });
    expect(full.item.origin.relativePath).toMatch(new RegExp(`${late}\\.r1\\.json$`));
  });

  it('shares each revision of a changed scorecard as its own file, and shows the latest', async () => {
    const root = emptyShare();
    const rita = await reviewer('Rita Reviewer');
    const sam = await reviewer('Sam Second');
    await rita.addShare(root);
    const samShare = await sam.addShare(root, { adopt: true });
    const [id] = await rita.complete(1, 6);
    await rita.call('reviews.revise', { scorecardId: id!, reason: 'Calibration: welcome-1 was met' });
    await rita.call('reviews.setAnswer', { scorecardId: id!, elementId: 'welcome-1', value: 'met' });
    await rita.call('reviews.complete', { scorecardId: id! });
    await rita.idle();
    expect(shareFiles(root).map((f) => f.split('/')[2])).toEqual([`${id}.r1.json`, `${id}.r2.json`]);

    expect(await sam.call('sync.import', { targetId: samShare.id })).toMatchObject({ importedByKind: { scorecard: 2 } });
    const list = await sam.call('sync.imported.list', {});
    expect(list).toMatchObject({ total: 1, items: [{ scorecardId: id, revision: 2, score: 75 }] });
    const first = await sam.call('sync.imported.get', { scorecardId: id!, revision: 1 });
    expect(first.document).toMatchObject({ revision: 1, revisionReason: null, score: { overall: { rounded: 70 } } });
    const latest = await sam.call('sync.imported.get', { scorecardId: id! });
    expect(latest.document).toMatchObject({ revision: 2, revisionReason: 'Calibration: welcome-1 was met' });
  });
});
