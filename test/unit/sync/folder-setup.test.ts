import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../support/service';
import { reviewersClosedAfterEach } from './support/reviewer';
import { emptyShare } from './support/share';

const reviewer = reviewersClosedAfterEach();
const marker = (root: string) => JSON.parse(fs.readFileSync(path.join(root, 'callmark-share.json'), 'utf8')) as { shareId: string; createdBy: string };

describe('setting up a shared folder', () => {
  it('turns an empty folder into a share by writing its marker', async () => {
    const r = await reviewer('Rita Reviewer');
    const root = emptyShare();
    expect(await r.call('sync.targets.inspectFolder', { path: root })).toMatchObject({ state: 'empty', share: null });
    const target = await r.addShare(root);
    expect(marker(root)).toMatchObject({ shareId: target.shareId, createdBy: 'Rita Reviewer' });
    expect(target).toMatchObject({ name: 'Share of Rita Reviewer', enabled: true, config: { kind: 'folder', path: root } });
    expect(await r.call('sync.targets.inspectFolder', { path: root })).toMatchObject({ state: 'share', existingTargetId: target.id });
    expect(await r.call('sync.targets.list', {})).toEqual([target]);
  });

  it('offers to adopt an existing share and joins it only when confirmed', async () => {
    const rita = await reviewer('Rita Reviewer');
    const root = emptyShare();
    const first = await rita.addShare(root);
    const sam = await reviewer('Sam Second');
    const found = await sam.call('sync.targets.inspectFolder', { path: root });
    expect(found).toMatchObject({ state: 'share', share: { shareId: first.shareId, createdBy: 'Rita Reviewer' }, existingTargetId: null });
    expect(found.message).toContain('set up by Rita Reviewer');
    await expect(sam.addShare(root)).rejects.toMatchObject({ code: 'conflict', details: { share: { shareId: first.shareId } } });
    const adopted = await sam.addShare(root, { adopt: true });
    expect(adopted.shareId).toBe(first.shareId);
    expect(marker(root).shareId).toBe(first.shareId);
  });

  it('refuses a folder that has files but no marker, and writes nothing there', async () => {
    const r = await reviewer('Rita Reviewer');
    const root = emptyShare();
    fs.writeFileSync(path.join(root, 'budget.xlsx'), 'numbers');
    expect(await r.call('sync.targets.inspectFolder', { path: root })).toMatchObject({ state: 'not_a_share' });
    await expect(r.addShare(root)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('no Callmark marker') });
    expect(fs.readdirSync(root)).toEqual(['budget.xlsx']);
    expect(await r.call('sync.targets.list', {})).toEqual([]);
  });

  it('refuses a missing folder, a file, and the same share twice', async () => {
    const r = await reviewer('Rita Reviewer');
    const parent = tempFolder('callmark-setup-');
    await expect(r.addShare(path.join(parent, 'nope'))).rejects.toMatchObject({ message: expect.stringContaining('does not exist') });
    fs.writeFileSync(path.join(parent, 'file'), '');
    await expect(r.addShare(path.join(parent, 'file'))).rejects.toMatchObject({ message: expect.stringContaining('is a file') });
    const root = emptyShare();
    await r.addShare(root);
    await expect(r.addShare(root, { adopt: true })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('already a target') });
  });

  it('follows a share to a new path only if the marker there is the same share (a remapped drive)', async () => {
    const r = await reviewer('Rita Reviewer');
    const root = emptyShare();
    const target = await r.addShare(root);
    const moved = path.join(path.dirname(root), 'moved');
    fs.cpSync(root, moved, { recursive: true });
    const updated = await r.call('sync.targets.update', { targetId: target.id, config: { kind: 'folder', path: moved }, name: 'Team drive' });
    expect(updated).toMatchObject({ name: 'Team drive', config: { path: moved }, shareId: target.shareId });
    const other = emptyShare();
    await expect(r.call('sync.targets.update', { targetId: target.id, config: { kind: 'folder', path: other } })).rejects.toMatchObject({ code: 'conflict' });
    expect(fs.readdirSync(other)).toEqual([]);
  });

  it('removes a target without deleting a single file in the share', async () => {
    const r = await reviewer('Rita Reviewer');
    const root = emptyShare();
    const target = await r.addShare(root);
    await r.complete(2);
    await r.idle();
    const before = fs.readdirSync(root, { recursive: true }).sort();
    expect(await r.call('sync.targets.remove', { targetId: target.id })).toEqual({ removed: true, droppedItems: 0 });
    expect(fs.readdirSync(root, { recursive: true }).sort()).toEqual(before);
    expect(await r.call('sync.targets.list', {})).toEqual([]);
  });
});
