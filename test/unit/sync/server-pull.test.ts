import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeAfterEach } from '../../support/close-after-each';
import { tempFolder } from '../../support/service';
import { desktopPushingTo, type Desktop } from '../../server/support/desktop';
import { postgresBin, postgresMissing } from '../../server/support/postgres';
import { startRelay } from '../../server/support/proxy';
import { teamServerCluster } from '../../server/support/team-server';
import { WHOLE_RANGE } from '../reports/support';

/**
 * The desktop reading a real team server back (a private PostgreSQL
 * cluster, `callmark-server` in this process, real desktop backends on their
 * own SQLite files): Team and Reports see the server's scorecards as they see
 * a share's, the cursor survives a restart and moves only past what was
 * stored, a page cut short keeps nothing, and a cursor the server no longer
 * knows reads everything again without storing anything twice.
 */
describe.skipIf(postgresMissing)('reading back from a team server', () => {
  const pg = teamServerCluster();
  const track = closeAfterEach<{ close(): Promise<unknown> }>();
  const desktop = async (...args: Parameters<typeof desktopPushingTo>) => track(await desktopPushingTo(...args));
  const teamIds = async (d: Desktop) => (await d.call('sync.imported.list', { limit: 100, offset: 0 })).items.map((i) => `${i.scorecardId}:r${i.revision}`).sort();

  it("a team leader reads a reviewer's scorecards into Team and Reports, page by page, then only what is new", async () => {
    const t = await pg.open({ config: { pull: { defaultLimit: 2, maxLimit: 2 } } });
    const rita = await desktop(t.url, 'Rita Reviewer', await t.createUser('Rita', 'reviewer', ['North']));
    const lena = await desktop(t.url, 'Lena Lead', await t.createUser('Lena', 'team_leader', ['North']));
    const ids = await rita.complete(3);
    await rita.settle();

    // Pages of two (the server's limit): three documents come in two pages, in one import.
    expect(await lena.pull()).toMatchObject({ outcome: 'done', message: null, listed: 3, read: 3, imported: 3, duplicates: 0, skipped: 0 });
    // The second page was asked for while the first was stored (read ahead), and only then: each page once.
    const lenasPulls = () => t.logs.filter((l) => l.event === 'request' && l.method === 'GET' && l.user === 'Lena').map((l) => l.documents);
    expect(lenasPulls()).toEqual([2, 1]);
    expect(await teamIds(lena)).toEqual(ids.map((id) => `${id}:r1`).sort());
    const [item] = (await lena.call('sync.imported.list', { limit: 1, offset: 0 })).items;
    expect(item!.origin).toMatchObject({ targetId: lena.targetId, targetName: 'Team server', shareId: lena.targetId });
    expect(item!.origin.relativePath).toMatch(/^[0-9a-f-]{36}\.r1\.json$/);
    // The imported hooks ran: Reports count them as colleagues' work.
    const team = await lena.call('reports.means', { filter: { ...WHOLE_RANGE, source: 'team' } });
    expect(team.agents.map((a) => [a.name, a.n])).toEqual([['Agent of Rita Reviewer', 3]]);

    // Nothing new: the cursor moved past all three.
    expect(await lena.pull()).toMatchObject({ outcome: 'done', listed: 0, imported: 0 });
    expect(lenasPulls()).toEqual([2, 1, 0]);
    await rita.call('reviews.revise', { scorecardId: ids[0]!, reason: 'Second listen' });
    await rita.call('reviews.setAnswer', { scorecardId: ids[0]!, elementId: 'welcome-1', value: 'met' });
    await rita.call('reviews.complete', { scorecardId: ids[0]! });
    await rita.settle();
    expect(await lena.pull()).toMatchObject({ outcome: 'done', listed: 1, imported: 1 });
    expect(await teamIds(lena)).toContain(`${ids[0]}:r2`);

    // Rita reads her own work back as hers, without storing it.
    expect(await rita.pull()).toMatchObject({ outcome: 'done', listed: 4, own: 4, imported: 0 });
  });

  it('keeps the cursor across a restart, and moves it only past what was stored: a page cut short keeps nothing', async () => {
    const t = await pg.open();
    const relay = track(await startRelay(t.server.origin));
    const rita = await desktop(relay.url, 'Rita Reviewer', await t.createUser('Rita', 'reviewer', ['North']));
    const leadToken = await t.createUser('Lena', 'team_leader', ['North']);
    const lenaFolder = tempFolder('callmark-lena-');
    let lena = await desktop(relay.url, 'Lena Lead', leadToken, {}, lenaFolder);
    await rita.complete(2);
    await rita.settle();
    expect(await lena.pull()).toMatchObject({ imported: 2 });

    await lena.close();
    lena = await desktop(relay.url, 'Lena Lead', leadToken, {}, lenaFolder);
    expect(await lena.pull()).toMatchObject({ outcome: 'done', listed: 0 });

    const later = await rita.complete(2);
    await rita.settle();
    // The answer ends cleanly but early (a proxy giving up): no trailer, so it is not taken for a short page.
    relay.cutNextPull(300, 'end');
    const cut = await lena.pull();
    expect(cut).toMatchObject({ outcome: 'unreachable', listed: 0, imported: 0 });
    expect(cut.message).toMatch(/was cut short or damaged \(the answer is cut short.*nothing of it was kept/);
    // The connection breaks mid-answer.
    relay.cutNextPull(5_000, 'drop');
    expect((await lena.pull()).message).toMatch(/broke off before its end: nothing of it was kept/);
    expect(await teamIds(lena)).toHaveLength(2);

    // The same cursor is asked again, and the page comes whole.
    expect(await lena.pull()).toMatchObject({ outcome: 'done', listed: 2, imported: 2 });
    expect(await teamIds(lena)).toEqual(expect.arrayContaining(later.map((id) => `${id}:r1`)));
    const { targets } = await lena.call('sync.status', { targetId: lena.targetId });
    expect(targets[0]!.lastImport).toMatchObject({ outcome: 'done', imported: 2 });
  });

  it('a cursor the restored server refuses: says so, reads everything again, stores nothing twice', async () => {
    const t = await pg.open();
    const relay = track(await startRelay(t.server.origin));
    const ritaToken = await t.createUser('Rita', 'reviewer', ['North']);
    const leadToken = await t.createUser('Lena', 'team_leader', ['North']);
    const rita = await desktop(relay.url, 'Rita Reviewer', ritaToken);
    const lena = await desktop(relay.url, 'Lena Lead', leadToken);
    await rita.complete(2);
    await rita.settle();
    const dump = path.join(tempFolder('callmark-dump-'), 'backup.dump');
    run('pg_dump', ['--format=custom', `--file=${dump}`, t.databaseUrl]);
    await rita.complete(1);
    await rita.settle();
    expect(await lena.pull()).toMatchObject({ imported: 3 });

    // The database is restored from the backup taken before the third scorecard; the address stays the same.
    const restored = pg.cluster().url(await pg.cluster().createDatabase());
    run('pg_restore', ['--exit-on-error', `--dbname=${restored}`, dump]);
    const r = await pg.open({ databaseUrl: restored });
    relay.pointAt(r.server.origin);
    const fresh = await rita.complete(1);
    await rita.settle();

    const report = await lena.pull();
    expect(report).toMatchObject({ outcome: 'done', listed: 3, imported: 1, alreadySeen: 2 });
    expect(report.message).toMatch(/did not recognise where this computer left off.*none was imported twice/);
    expect(await teamIds(lena)).toHaveLength(4);
    expect(await teamIds(lena)).toContain(`${fresh[0]}:r1`);
    expect(await lena.pull()).toMatchObject({ outcome: 'done', message: null, listed: 0 });
  });

  it('an unknown token is refused in words; the saved token goes only to the address it was saved for', async () => {
    const t = await pg.open();
    const relay = track(await startRelay(t.server.origin));
    const stranger = await desktop(t.url, 'Sam Stranger', 'cmt_not-a-token-of-this-server');
    const refused = await stranger.pull();
    expect(refused).toMatchObject({ outcome: 'unreachable', imported: 0 });
    expect(refused.message).toBe(
      'The server refused the token (HTTP 401): This token is not known to this server. Check or replace the token for this server.',
    );
    expect(refused.message).not.toContain('cmt_');

    // Moved to another origin (the relay): the token stays behind, and nothing carries it there.
    const moved = await stranger.call('sync.targets.update', { targetId: stranger.targetId, config: { kind: 'server', url: relay.url, timeoutMs: 10_000 } });
    expect(moved.tokenCleared).toBe(true);
    expect((await stranger.pull()).message).toMatch(/No token is set for this server/);
    expect(relay.seen).toEqual([]);
  });

  it('a revoked token and a server that is not running are said in words, and nothing is imported', async () => {
    const t = await pg.open();
    const rita = await desktop(t.url, 'Rita Reviewer', await t.createUser('Rita', 'reviewer', ['North']));
    expect((await t.cli(['revoke-user', '--name', 'Rita'])).code).toBe(0);
    expect(await rita.pull()).toMatchObject({
      outcome: 'unreachable',
      imported: 0,
      message: "The server refused the token (HTTP 401): This token was revoked. Ask the server's administrator for a new one. Check or replace the token for this server.",
    });

    await t.close();
    const gone = await rita.pull();
    expect(gone).toMatchObject({ outcome: 'unreachable', imported: 0 });
    expect(gone.message).toBe(`Could not connect to ${new URL(t.url).host}: the connection was refused (is the server running?).`);
  });
});

function run(tool: string, args: string[]) {
  const result = spawnSync(path.join(postgresBin!, tool), args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.error?.message ?? result.stderr}`);
}
