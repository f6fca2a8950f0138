import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewersClosedAfterEach, type Reviewer } from './support/reviewer';
import { emptyShare, shareFiles } from './support/share';

/**
 * The two ways a share broke for good before (issue 12): its marker deleted,
 * and two colleagues setting up the same synced folder at once. Each now has
 * a way forward from the Sync screen that says what happened.
 */
const reviewer = reviewersClosedAfterEach();
const markerOf = (root: string) => path.join(root, 'callmark-share.json');
const statusOf = async (r: Reviewer, targetId: string) => (await r.call('sync.status', { targetId })).targets[0]!;

/** What a sync client does to the loser's folder: the winner's marker and files land in it, the loser's marker is gone. */
function syncClientMerges(winner: string, loser: string): void {
  fs.copyFileSync(markerOf(winner), markerOf(loser));
  fs.cpSync(path.join(winner, 'scorecards'), path.join(loser, 'scorecards'), { recursive: true });
  fs.cpSync(path.join(winner, 'callmark-installs'), path.join(loser, 'callmark-installs'), { recursive: true });
}

describe('a share whose marker was deleted', () => {
  it('is recognised by the files this computer sent there, and its marker is restored on request', async () => {
    const rita = await reviewer('Rita Reviewer');
    const root = emptyShare();
    const target = await rita.addShare(root);
    await rita.complete(2);
    await rita.idle();
    const shareId = target.shareId;
    fs.rmSync(markerOf(root));

    const broken = await statusOf(rita, target.id);
    expect(broken.reachable.state).toBe('unreachable');
    expect(broken.recovery).toMatchObject({ action: 'restore_marker', share: null });
    expect(broken.recovery!.message).toMatch(/still holds the files this computer sent there: it is your share, and its marker was deleted.*Restore the marker/);
    await rita.complete(1);
    await rita.idle();
    expect((await statusOf(rita, target.id)).counts).toEqual({ pending: 1, sent: 2, failed: 0 });

    const restored = await rita.call('sync.targets.restoreMarker', { targetId: target.id });
    expect(restored).toEqual({ targetId: target.id, shareId, message: `Share of Rita Reviewer: the marker callmark-share.json is back in ${root}. 1 waiting document is sent now.` });
    expect(JSON.parse(fs.readFileSync(markerOf(root), 'utf8'))).toMatchObject({ shareId, createdBy: 'Rita Reviewer' });
    await rita.idle();
    expect(await statusOf(rita, target.id)).toMatchObject({ counts: { pending: 0, sent: 3, failed: 0 }, reachable: { state: 'reachable' }, recovery: null });
    expect(shareFiles(root)).toHaveLength(3);
  });

  it('is not "restored" into an empty folder standing in for a drive that is not connected', async () => {
    const rita = await reviewer('Rita Reviewer');
    const root = emptyShare();
    const target = await rita.addShare(root);
    await rita.complete(1);
    await rita.idle();
    // The drive is unplugged: its mount point is an empty folder.
    fs.renameSync(root, `${root}-unplugged`);
    fs.mkdirSync(root);

    const status = await statusOf(rita, target.id);
    expect(status.recovery).toMatchObject({ action: 'none', message: expect.stringMatching(/none of the files this computer sent there: the drive or network share is probably not connected.*Connect it/) });
    await expect(rita.call('sync.targets.restoreMarker', { targetId: target.id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/holds none of the files this computer sent to Share of Rita Reviewer.*Connect the drive/),
    });
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('says so when nothing was sent there yet that could show the folder is the share', async () => {
    const rita = await reviewer('Rita Reviewer');
    const root = emptyShare();
    const target = await rita.addShare(root);
    fs.rmSync(markerOf(root));
    expect((await statusOf(rita, target.id)).recovery).toMatchObject({ action: 'none', message: expect.stringContaining('nothing was sent there yet that would show it is the share') });
    await expect(rita.call('sync.targets.restoreMarker', { targetId: target.id })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('two colleagues who set up the same synced folder at once', () => {
  it('lets the one whose marker lost adopt the other share and send all its work there in one step', async () => {
    const rita = await reviewer('Rita Reviewer');
    const sam = await reviewer('Sam Second');
    // The same OneDrive folder on two laptops, each still empty when its owner set it up.
    const atRita = emptyShare();
    const atSam = emptyShare();
    const ritas = await rita.addShare(atRita);
    const sams = await sam.addShare(atSam);
    expect(sams.shareId).not.toBe(ritas.shareId);
    await rita.complete(2);
    const samWork = await sam.complete(2);
    await Promise.all([rita.idle(), sam.idle()]);

    syncClientMerges(atRita, atSam);
    const stuck = await statusOf(sam, sams.id);
    expect(stuck.reachable.message).toContain('now holds a different Callmark share');
    expect(stuck.recovery).toMatchObject({ action: 'adopt_share', share: { shareId: ritas.shareId, createdBy: 'Rita Reviewer' } });
    expect(stuck.recovery!.message).toMatch(/set up by Rita Reviewer on .*two computers set up the same synced folder.*Adopt it to send all your documents there again/);
    const [later] = await sam.complete(1);
    await sam.idle();

    // A confirmation of a share the folder no longer holds is refused, and nothing changes.
    await expect(sam.call('sync.targets.adoptShare', { targetId: sams.id, shareId: sams.shareId! })).rejects.toMatchObject({ code: 'conflict' });
    const adopted = await sam.call('sync.targets.adoptShare', { targetId: sams.id, shareId: ritas.shareId! });
    expect(adopted).toMatchObject({ targetId: sams.id, shareId: ritas.shareId });
    expect(adopted.message).toMatch(/^Share of Sam Second now uses the share set up by Rita Reviewer\. All 3 of your documents are being sent there again/);
    await sam.idle();

    expect(await statusOf(sam, sams.id)).toMatchObject({ counts: { pending: 0, sent: 3, failed: 0 }, reachable: { state: 'reachable' }, recovery: null, backfill: null });
    expect((await sam.call('sync.targets.list', {}))[0]!.shareId).toBe(ritas.shareId);
    for (const id of [...samWork, later!]) expect(shareFiles(atSam).some((rel) => rel.endsWith(`${id}.r1.json`))).toBe(true);
    // And each reads the other's work from now on.
    expect(await sam.call('sync.import', { targetId: sams.id })).toMatchObject({ outcome: 'done', importedByKind: { scorecard: 2 } });
    fs.cpSync(path.join(atSam, 'scorecards'), path.join(atRita, 'scorecards'), { recursive: true });
    fs.cpSync(path.join(atSam, 'callmark-installs'), path.join(atRita, 'callmark-installs'), { recursive: true });
    expect(await rita.call('sync.import', { targetId: ritas.id })).toMatchObject({ outcome: 'done', importedByKind: { scorecard: 3 } });
  });
});
