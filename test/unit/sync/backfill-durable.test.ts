import { afterEach, describe, expect, it } from 'vitest';
import { generateScorecards } from '../../../bench/generate/scorecards';
import { createBackfiller } from '../../../electron/services/sync/outbox/backfill';
import type { Drainer } from '../../../electron/services/sync/outbox/drainer';
import type { InstallKeyring } from '../../../electron/services/sync/signing/install-key';
import { createBackfillsStore } from '../../../electron/services/sync/store/backfills';
import { createDocumentsStore } from '../../../electron/services/sync/store/documents';
import { createOutboxStore } from '../../../electron/services/sync/store/outbox';
import { createTargetsStore } from '../../../electron/services/sync/store/targets';
import { createKindRegistry, DOCUMENT_KINDS } from '../../../shared/sync/kinds';
import { closeAfterEach } from '../../support/close-after-each';
import { openService, tempFolder, type OpenedService } from '../../support/service';
import { startChild, type Child } from './support/child';
import { emptyShare, shareFiles } from './support/share';

/**
 * "Also send what was completed before" (sendExisting) is durable work: a
 * quit or a crash right after adding the target loses none of it.
 */
const track = closeAfterEach<OpenedService>({ ignoreCloseErrors: true });
const children: Child[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.process.exitCode === null) c.process.kill('SIGKILL');
});

/** A data folder holding `count` completed scorecards of a reviewer, as years of use would leave it. */
async function yearsOfWork(count: number, freeze: boolean): Promise<{ dataFolder: string; ids: string[] }> {
  const dataFolder = tempFolder('callmark-backfill-');
  const s = openService(dataFolder);
  const reviewer = await s.call('reviewer.setName', { name: 'Rita Reviewer' });
  const { db, hooks } = s.service.context;
  generateScorecards(db, { scorecards: count, agents: 5, days: 60, reviewer });
  const ids = db.prepare(`SELECT id FROM scorecards WHERE status = 'completed' ORDER BY id`).pluck().all() as string[];
  // Frozen as completing each one does; or left as a Callmark before sync left them, to be frozen by the backfill.
  if (freeze) db.transaction(() => ids.forEach((id) => hooks.completed.run({ kind: 'scorecard', documentId: id, revision: 1 })))();
  await s.close();
  return { dataFolder, ids };
}

const sentTo = async (s: OpenedService, targetId: string) => (await s.call('sync.status', { targetId })).targets[0]!;

describe('sending what was completed before', () => {
  it('goes on after the app is closed right after adding the target', async () => {
    const { dataFolder, ids } = await yearsOfWork(600, true);
    const root = emptyShare();
    const first = openService(dataFolder);
    // Quit at once, as a user closing the window a moment after adding the share.
    const target = await first.call('sync.targets.add', { name: 'Team share', config: { kind: 'folder', path: root }, sendExisting: true });
    await first.close();

    const again = track(openService(dataFolder));
    await again.idle();
    const after = await sentTo(again, target.id);
    expect(after).toMatchObject({ counts: { pending: 0, sent: ids.length, failed: 0 }, backfill: null });
    expect(shareFiles(root)).toHaveLength(ids.length);
  });

  it('goes on after the app is killed while it freezes and queues years of scorecards', async () => {
    const { dataFolder, ids } = await yearsOfWork(500, false);
    const root = emptyShare();
    const child = startChild({ mode: 'add-share-send-existing', dataFolder, root });
    children.push(child);
    expect(await child.line('ADDED')).toBe('');
    child.process.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');

    const again = track(openService(dataFolder));
    await again.idle();
    const [target] = await again.call('sync.targets.list', {});
    expect(await sentTo(again, target!.id)).toMatchObject({ counts: { pending: 0, sent: ids.length, failed: 0 }, backfill: null });
    expect(shareFiles(root).map((rel) => rel.slice(8, 44)).sort()).toEqual(ids);
  }, 60_000);

  it('says how far it has got, from the job kept in the database, until it is done', async () => {
    const { dataFolder, ids } = await yearsOfWork(450, true);
    const s = track(openService(dataFolder));
    const target = await s.call('sync.targets.add', { name: 'Team share', config: { kind: 'folder', path: emptyShare() } });
    await s.idle();
    // The backfill's own parts on the service's database, with a drainer that only notes being woken.
    const { db, now } = s.service.context;
    const woken: string[][] = [];
    const backfiller = createBackfiller({
      db,
      kinds: createKindRegistry(DOCUMENT_KINDS),
      builders: new Map(),
      installId: () => 'unused: every document is frozen already',
      now,
      targets: createTargetsStore(db),
      documents: createDocumentsStore(db),
      outbox: createOutboxStore(db),
      drainer: { wakeSoon: (targetIds: readonly string[]) => woken.push([...targetIds]) } as unknown as Drainer,
      keyring: { current: () => null } as unknown as InstallKeyring,
      backfills: createBackfillsStore(db),
    });
    db.transaction(() => backfiller.begin(target.id))();
    expect(backfiller.progress(target.id)).toEqual({ done: 0, total: ids.length });
    backfiller.run(target.id);
    await backfiller.whenIdle();
    expect(backfiller.progress(target.id)).toBeNull();
    expect(woken.length).toBeGreaterThan(1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE target_id = ?').get(target.id)).toEqual({ n: ids.length });
  });
});
