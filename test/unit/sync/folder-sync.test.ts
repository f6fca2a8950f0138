import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { reviewersClosedAfterEach, type Reviewer } from './support/reviewer';
import { emptyShare, shareFiles, takeMarkerAway } from './support/share';

// One test closes its reviewer itself to reopen the same data folder.
const reviewer = reviewersClosedAfterEach({ ignoreCloseErrors: true });
const statusOf = async (r: Reviewer, targetId: string) => (await r.call('sync.status', { targetId })).targets[0]!;

/** Rita with a share of her own: where every test here starts. */
async function sharing() {
  const r = await reviewer();
  const root = emptyShare();
  const target = await r.addShare(root);
  return { r, root, target };
}

/** "Retry now" on the target, then wait until that delivery is over. */
async function retryNow(r: Reviewer, targetId: string) {
  await r.call('sync.items.retry', { targetId });
  await r.idle();
}

describe('syncing to a shared folder', () => {
  it('writes each completed scorecard as the exact export document, and says so', async () => {
    const { r, root, target } = await sharing();
    const [id] = await r.complete();
    await r.idle();
    const detail = await r.call('reviews.get', { id: id! });
    const month = detail.scorecard.completedAt!.slice(0, 7).replace('-', '/');
    expect(shareFiles(root, { hidden: true })).toEqual([`${month}/${id}.r1.json`]);
    const written = fs.readFileSync(path.join(root, 'scorecards', ...`${month}/${id}.r1.json`.split('/')), 'utf8');
    expect(written).toBe(canonicalJson(await r.call('sync.exportPreview', { scorecardId: id! })));
    expect(await statusOf(r, target.id)).toMatchObject({
      counts: { pending: 0, sent: 1, failed: 0 },
      reachable: { state: 'reachable', message: null },
      lastError: null,
      lastSuccessAt: expect.any(String),
    });
    expect((await r.call('sync.stateOf', { documentIds: [id!] }))[id!]!.state).toBe('sent');
  });

  it('keeps scorecards queued while the marker is missing (a disconnected drive), shows why, and delivers once it is back', async () => {
    const { r, root, target } = await sharing();
    const putMarkerBack = takeMarkerAway(root);
    const ids = await r.complete(2);
    await r.idle();
    expect(shareFiles(root, { hidden: true })).toEqual([]);
    expect(fs.existsSync(path.join(root, 'scorecards'))).toBe(false);
    const down = await statusOf(r, target.id);
    expect(down).toMatchObject({ counts: { pending: 2, sent: 0 }, reachable: { state: 'unreachable' }, lastError: { message: expect.stringContaining('marker file callmark-share.json is missing') } });
    expect(down.reachable.message).toContain('the drive or network share may not be connected, or the marker was deleted');
    expect((await r.call('sync.items.list', { targetId: target.id })).items.map((i) => i.lastError)).toContain(down.lastError!.message);

    putMarkerBack();
    await retryNow(r, target.id);
    expect(shareFiles(root).map((f) => path.basename(f)).sort()).toEqual(ids.map((id) => `${id}.r1.json`).sort());
    expect(await statusOf(r, target.id)).toMatchObject({ counts: { pending: 0, sent: 2 }, reachable: { state: 'reachable' }, lastError: null });
  });

  it('keeps scorecards queued while the folder cannot be written, then delivers each exactly once', async () => {
    const { r, root, target } = await sharing();
    const [first] = await r.complete();
    await r.idle();
    const [year, month] = shareFiles(root)[0]!.split('/');
    const monthDir = path.join(root, 'scorecards', year!, month!);

    // Make the month folder read-only. As root (CI containers), chmod does not stop writes, so there
    // the folder is replaced by a file instead: a write fails for real either way, and the test says which it used.
    fs.chmodSync(monthDir, 0o555);
    const chmodBites = (() => {
      try {
        fs.writeFileSync(path.join(monthDir, '.probe'), '');
        fs.rmSync(path.join(monthDir, '.probe'));
        return false;
      } catch {
        return true;
      }
    })();
    const aside = `${monthDir}.aside`;
    if (!chmodBites) {
      fs.chmodSync(monthDir, 0o755);
      fs.renameSync(monthDir, aside);
      fs.writeFileSync(monthDir, 'a file where the month folder was');
    }
    const later = await r.complete(2);
    await r.idle();
    const blocked = await statusOf(r, target.id);
    expect(blocked.counts).toEqual({ pending: 2, sent: 1, failed: 0 });
    expect(blocked.lastError?.message).toMatch(chmodBites ? /does not let Callmark write|refused the write/ : /has a file where Callmark expects a folder/);

    if (chmodBites) fs.chmodSync(monthDir, 0o755);
    else {
      fs.rmSync(monthDir);
      fs.renameSync(aside, monthDir);
    }
    await retryNow(r, target.id);
    expect(shareFiles(root, { hidden: true }).map((f) => path.basename(f)).sort()).toEqual([first!, ...later].map((id) => `${id}.r1.json`).sort());
    expect(await statusOf(r, target.id)).toMatchObject({ counts: { pending: 0, sent: 3, failed: 0 }, lastError: null });
  });

  it('delivers what was pending when the app closed, after it reopens, once', async () => {
    const { r, root, target } = await sharing();
    const putMarkerBack = takeMarkerAway(root);
    const ids = await r.complete(3);
    await r.idle();
    await r.close();
    putMarkerBack();

    const again = await reviewer('Rita Reviewer', r.dataFolder);
    expect((await statusOf(again, target.id)).counts.pending).toBe(3);
    await retryNow(again, target.id);
    expect(shareFiles(root, { hidden: true }).map((f) => path.basename(f)).sort()).toEqual(ids.map((id) => `${id}.r1.json`).sort());
    expect((await statusOf(again, target.id)).counts).toEqual({ pending: 0, sent: 3, failed: 0 });
  });

  it('reports a different file under its name as failed, leaves it, and sends it after the user moves it aside', async () => {
    const { r, root, target } = await sharing();
    // A disabled target keeps what is completed meanwhile (queued, not sent) and sends it when enabled again.
    await r.call('sync.targets.update', { targetId: target.id, enabled: false });
    const [whileOff] = await r.complete();
    await r.idle();
    expect((await r.call('sync.stateOf', { documentIds: [whileOff!] }))[whileOff!]!.state).toBe('pending');
    expect(shareFiles(root)).toEqual([]);
    await r.call('sync.targets.update', { targetId: target.id, enabled: true });
    await r.idle();
    expect((await r.call('sync.stateOf', { documentIds: [whileOff!] }))[whileOff!]!.state).toBe('sent');

    // Hold the drain (no marker) while someone puts a different file under the next scorecard's exact name.
    const putMarkerBack = takeMarkerAway(root);
    const [second] = await r.complete();
    await r.idle();
    const detail = await r.call('reviews.get', { id: second! });
    const rel = `${detail.scorecard.completedAt!.slice(0, 4)}/${detail.scorecard.completedAt!.slice(5, 7)}/${second}.r1.json`;
    const file = path.join(root, 'scorecards', ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"not":"ours"}');
    putMarkerBack();
    await retryNow(r, target.id);
    expect((await statusOf(r, target.id)).counts).toEqual({ pending: 0, sent: 1, failed: 1 });
    expect(fs.readFileSync(file, 'utf8')).toBe('{"not":"ours"}');
    const [failed] = (await r.call('sync.items.list', { targetId: target.id, state: 'failed' })).items;
    expect(failed!.lastError).toContain('never overwrites');

    fs.renameSync(file, `${file}.moved-aside`);
    await r.call('sync.items.retry', { targetId: target.id, itemId: failed!.id });
    await r.idle();
    expect((await statusOf(r, target.id)).counts).toEqual({ pending: 0, sent: 2, failed: 0 });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ scorecardId: second });
  });
});
