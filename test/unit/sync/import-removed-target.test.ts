import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewersClosedAfterEach } from './support/reviewer';
import { emptyShare, shareFiles } from './support/share';

const reviewer = reviewersClosedAfterEach();

describe('a target removed while its import runs', () => {
  it('lets the import finish: no report is saved for the gone target, and what it imported is kept unlinked', async () => {
    const rita = await reviewer('Rita Reviewer');
    const sam = await reviewer('Sam Second');
    const root = emptyShare();
    await rita.addShare(root);
    const ids = await rita.complete(3);
    await rita.idle();
    expect(shareFiles(root)).toHaveLength(3);
    const target = await sam.addShare(root, { adopt: true });

    // The import reads the folder (several file system round trips); the removal is one transaction and comes first.
    const importing = sam.call('sync.import', { targetId: target.id });
    await sam.call('sync.targets.remove', { targetId: target.id });
    const report = await importing;
    expect(report).toMatchObject({ targetId: target.id, outcome: 'done', importedByKind: { scorecard: 3 } });

    const db = sam.service.context.db;
    expect(db.prepare('SELECT COUNT(*) AS n FROM import_runs').get()).toEqual({ n: 0 });
    const imported = await sam.call('sync.imported.list', {});
    expect(imported.items.map((i) => i.scorecardId).sort()).toEqual([...ids].sort());
    expect(imported.items.every((i) => i.origin.targetId === null && i.origin.targetName === null)).toBe(true);
    expect(fs.existsSync(path.join(root, 'callmark-share.json'))).toBe(true);
  });
});
