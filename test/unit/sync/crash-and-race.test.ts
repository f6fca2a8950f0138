import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutgoingItem } from '../../../electron/services/sync/delivery';
import { verifyExport } from '../../../shared/export';
import { sha256Hex } from '../../../electron/services/sync/export/sha256';
import { startChild, type Child } from './support/child';
import { item } from './support/items';
import { reviewersClosedAfterEach } from './support/reviewer';
import { readWhileWriting } from './support/reader';
import { emptyShare, shareFiles, takeMarkerAway } from './support/share';

const reviewer = reviewersClosedAfterEach();
const children: Child[] = [];
// Registered after the reviewers' hook, so it runs before it: after-each hooks run last-registered first.
afterEach(() => {
  for (const c of children.splice(0)) if (c.process.exitCode === null) c.process.kill('SIGKILL');
});

describe('a process killed between writing and renaming', () => {
  it('leaves no half file for readers, and the retry delivers exactly once', async () => {
    const root = emptyShare();
    const rita = await reviewer('Rita Reviewer');
    const target = await rita.addShare(root);
    // Hold Rita's own drain (no marker) so the child is the first to write this revision.
    const putMarkerBack = takeMarkerAway(root);
    const [id] = await rita.complete();
    await rita.idle();
    const row = rita.service.context.db
      .prepare('SELECT kind, document_id AS documentId, revision, writer, relative_path AS relativePath, body, content_hash AS contentHash FROM export_documents WHERE document_id = ?')
      .get(id) as OutgoingItem;
    putMarkerBack();

    const child = startChild({ mode: 'hang-before-rename', root, shareId: target.shareId, item: row });
    children.push(child);
    const temp = await child.line('TEMP');
    expect(fs.readFileSync(temp, 'utf8')).toBe(row.body);
    child.process.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');

    // What a reader sees: no file under the final name, only the hidden temporary one.
    expect(shareFiles(root)).toEqual([]);
    expect(shareFiles(root, { hidden: true }).map((f) => path.basename(f))).toEqual([path.basename(temp)]);
    const sam = await reviewer('Sam Second');
    const samTarget = await sam.addShare(root, { adopt: true });
    expect(await sam.call('sync.import', { targetId: samTarget.id })).toMatchObject({ listed: 1, read: 0, imported: 0, skipped: 0 });

    await rita.call('sync.items.retry', { targetId: target.id });
    await rita.idle();
    expect(shareFiles(root)).toEqual([row.relativePath]);
    expect(fs.readFileSync(path.join(root, 'scorecards', ...row.relativePath.split('/')), 'utf8')).toBe(row.body);
    expect((await rita.call('sync.status', { targetId: target.id })).targets[0]!.counts).toEqual({ pending: 0, sent: 1, failed: 0 });
    expect(await sam.call('sync.import', { targetId: samTarget.id })).toMatchObject({ importedByKind: { scorecard: 1 }, skipped: 0 });
    expect((await sam.call('sync.imported.list', {})).items.map((i) => i.scorecardId)).toEqual([id]);
  });
});

describe('two processes exporting to one folder at once', () => {
  it('writes every scorecard exactly once, and a concurrent reader never sees a half file', async () => {
    const root = emptyShare();
    const setup = await reviewer('Quinn Setup');
    const share = await setup.addShare(root);
    // The same items delivered by both processes: each name is won by one, found identical by the other.
    const common = Array.from({ length: 20 }, (_, n) => item(JSON.stringify({ common: n, pad: 'x'.repeat(20_000) })));
    const count = 15;
    const spawnOne = (name: string) => startChild({ mode: 'export', root, name, count, common, shareId: share.shareId });
    const a = spawnOne('Ann Alpha');
    const b = spawnOne('Ben Beta');
    children.push(a, b);

    // Read every visible .json over and over while they write: each must parse.
    const reader = readWhileWriting(root);
    const [doneA, doneB] = await Promise.all([a.line('DONE'), b.line('DONE')]);
    const { passes, parsed, failures } = await reader.stop();
    const resultA = JSON.parse(doneA) as { ids: string[]; outcomes: string[]; counts: { sent: number; pending: number; failed: number } };
    const resultB = JSON.parse(doneB) as typeof resultA;

    expect(failures).toEqual([]);
    expect(passes).toBeGreaterThan(1);
    expect(parsed).toBeGreaterThan(0);
    expect(resultA.counts).toEqual({ pending: 0, sent: count, failed: 0 });
    expect(resultB.counts).toEqual({ pending: 0, sent: count, failed: 0 });
    expect([...resultA.outcomes, ...resultB.outcomes].every((o) => o === 'delivered')).toBe(true);

    const files = shareFiles(root, { hidden: true });
    const expected = [...resultA.ids, ...resultB.ids].map((id) => `${id}.r1.json`).concat(common.map((c) => path.basename(c.relativePath)));
    expect(files.map((f) => path.basename(f)).sort()).toEqual(expected.sort());
    for (const c of common) expect(fs.readFileSync(path.join(root, 'scorecards', ...c.relativePath.split('/')), 'utf8')).toBe(c.body);
    for (const rel of files.filter((f) => !common.some((c) => c.relativePath === f))) {
      const doc: unknown = JSON.parse(fs.readFileSync(path.join(root, 'scorecards', ...rel.split('/')), 'utf8'));
      expect(verifyExport(doc, sha256Hex)).toMatchObject({ ok: true });
    }
  }, 60_000);
});
