import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATE_VERSION_ID } from '../../shared/templates/builtin';
import { desktopPushingTo, type Desktop } from './support/desktop';
import { postgresMissing } from './support/postgres';
import { startRelay } from './support/proxy';
import { teamServerCluster, type TeamServerHandle } from './support/team-server';

/** Completes one scorecard for an agent of `team` (created on first use), as a reviewer would. */
async function completeFor(d: Desktop, team: string): Promise<string> {
  const agents = await d.call('agents.list', {});
  const agent = agents.find((a) => a.team === team) ?? (await d.call('agents.create', { name: `Agent of ${team}`, team }));
  const detail = await d.call('reviews.create', {
    agentId: agent.id,
    templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
    interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z', reference: 'CALL-S', customerName: 'Carol Customer' },
  });
  for (const elementId of detail.template.content.sections.flatMap((s) => s.elements.map((e) => e.id))) {
    await d.call('reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId, value: 'met' });
  }
  await d.call('reviews.complete', { scorecardId: detail.scorecard.id });
  return detail.scorecard.id;
}

/** A backlog: scorecards completed while the target is switched off, then the target switched on. */
async function backlog(d: Desktop, build: () => Promise<string[]>): Promise<string[]> {
  await d.call('sync.targets.update', { targetId: d.targetId, enabled: false });
  const ids = await build();
  await d.call('sync.targets.update', { targetId: d.targetId, enabled: true });
  await d.idle();
  return ids;
}

const items = async (d: Desktop) => (await d.call('sync.items.list', { targetId: d.targetId, limit: 500 })).items;
/** The server's line per request (a refused document of a batch has a line of its own, with its index: not counted). */
const requests = (t: TeamServerHandle, path: string) => t.logs.filter((l) => (l.event === 'request' || l.event === 'request.refused') && l.index === undefined && l.path === path);

describe.skipIf(postgresMissing)('the desktop outbox pushes a backlog to a team server in batches', () => {
  const pg = teamServerCluster();

  it('sends a backlog as batches of one outbox round each, and records each item: sent, or failed with its own reason', async () => {
    const t = await pg.open();
    const d = await desktopPushingTo(t.url, 'Rita Reviewer', await t.createUser('Rita', 'reviewer', ['North']));
    try {
      let south = '';
      const ids = await backlog(d, async () => {
        const first = await d.complete(20);
        south = await completeFor(d, 'South');
        return [...first, south, ...(await d.complete(20))];
      });

      // 41 items in rounds of 32: two batch requests and no single push.
      expect(requests(t, '/v1/documents/batch').map((l) => l.documents)).toEqual([32, 9]);
      expect(requests(t, '/v1/documents')).toEqual([]);
      const rows = await items(d);
      expect(rows).toHaveLength(41);
      const refused = rows.filter((r) => r.state === 'failed');
      expect(refused.map((r) => r.documentId)).toEqual([south]);
      expect(t.refusals().map((l) => [l.index, l.reason, l.documentId])).toEqual([[20, 'team_not_yours', south]]);
      expect(refused[0]!.lastError).toMatch(/^The server refused the token \(HTTP 403\): The scorecard is for team "South", which is not one of your teams/);
      expect(rows.filter((r) => r.state === 'sent').map((r) => r.documentId).sort()).toEqual(ids.filter((id) => id !== south).sort());
      const stored = await t.sql<{ document_id: string }[]>`SELECT document_id FROM documents`;
      expect(stored.map((r) => r.document_id).sort()).toEqual(ids.filter((id) => id !== south).sort());
    } finally {
      await d.close();
    }
  });

  it('a refused token fails every item of the batch with the reason; a busy server makes the round wait, and nothing is stored twice', async () => {
    const t = await pg.open();
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const relay = await startRelay(t.url);
    const d = await desktopPushingTo(relay.url, 'Rita Reviewer', 'cmt_not-a-token-of-this-server');
    try {
      await backlog(d, () => d.complete(3));
      const rows = await items(d);
      expect(rows.map((r) => r.state)).toEqual(['failed', 'failed', 'failed']);
      for (const row of rows) expect(row.lastError).toMatch(/^The server refused the token \(HTTP 401\): This token is not known to this server\b.*Check or replace the token/);

      await d.call('sync.targets.update', { targetId: d.targetId, token });
      relay.answerBatches(503, 1);
      await d.call('sync.items.retry', { targetId: d.targetId });
      await d.idle();
      // The whole request was refused for now: the first item waits with the reason, the others were not tried.
      const waiting = await items(d);
      expect(waiting.filter((r) => r.state === 'pending')).toHaveLength(3);
      expect(waiting.filter((r) => r.lastError?.startsWith('The server is temporarily unavailable (HTTP 503)'))).toHaveLength(1);
      await d.settle();
      expect((await items(d)).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
      expect(await t.sql`SELECT count(*)::int AS n FROM documents`).toEqual([{ n: 3 }]);
    } finally {
      await d.close();
      await relay.close();
    }
  });

  it('a batch answered by something that is not a batch answer (a 202, a redirect) sends each item on its own, and each arrives', async () => {
    const t = await pg.open();
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    for (const status of [202, 302]) {
      const relay = await startRelay(t.url);
      relay.answerBatches(status);
      const d = await desktopPushingTo(relay.url, 'Rita Reviewer', token);
      try {
        const ids = await backlog(d, () => d.complete(3));
        // A 2xx without the batch's results stored nothing: taking it for "delivered" would lose the documents.
        expect((await items(d)).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
        expect(relay.seen.filter((s) => s.method === 'POST').map((s) => s.path)).toEqual(['/v1/documents/batch', ...Array(3).fill('/v1/documents')]);
        const stored = await t.sql<{ document_id: string }[]>`SELECT document_id FROM documents WHERE document_id IN ${t.sql(ids)}`;
        expect(stored.map((r) => r.document_id).sort()).toEqual([...ids].sort());
      } finally {
        await d.close();
        await relay.close();
      }
    }
  });

  it('after a batch fails as a whole (a 500 each time), the next rounds go one item at a time, so the backlog still arrives', async () => {
    const t = await pg.open();
    const relay = await startRelay(t.url);
    relay.answerBatches(500);
    const d = await desktopPushingTo(relay.url, 'Rita Reviewer', await t.createUser('Rita', 'reviewer', ['North']));
    try {
      const ids = await backlog(d, () => d.complete(3));
      // The first round waits on the server's failure; "retry now" starts the next, one item at a time.
      expect((await items(d)).filter((r) => r.lastError?.includes('HTTP 500'))).toHaveLength(1);
      await d.settle();
      expect((await items(d)).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
      expect(relay.seen.filter((s) => s.method === 'POST').map((s) => s.path)).toEqual(['/v1/documents/batch', ...Array(3).fill('/v1/documents')]);
      const stored = await t.sql<{ document_id: string }[]>`SELECT document_id FROM documents`;
      expect(stored.map((r) => r.document_id).sort()).toEqual([...ids].sort());
    } finally {
      await d.close();
      await relay.close();
    }
  });

  it('falls back to one push per item where the server has no batch endpoint (404), asking again at the next drain', async () => {
    const t = await pg.open();
    const relay = await startRelay(t.url);
    relay.answerBatches(404);
    const d = await desktopPushingTo(relay.url, 'Rita Reviewer', await t.createUser('Rita', 'reviewer', ['North']));
    try {
      const ids = await backlog(d, () => d.complete(5));
      expect((await items(d)).map((r) => r.state)).toEqual(Array(5).fill('sent'));
      // One batch asked for (404), then five single pushes.
      expect(relay.seen.filter((s) => s.method === 'POST').map((s) => s.path)).toEqual(['/v1/documents/batch', ...Array(5).fill('/v1/documents')]);
      expect(requests(t, '/v1/documents')).toHaveLength(5);
      const stored = await t.sql<{ document_id: string }[]>`SELECT document_id FROM documents`;
      expect(stored.map((r) => r.document_id).sort()).toEqual([...ids].sort());

      // The server is upgraded behind the same address: the next drain asks again and sends batches.
      relay.answerBatches(404, 0);
      await backlog(d, () => d.complete(2));
      expect(relay.seen.filter((s) => s.method === 'POST').slice(6).map((s) => s.path)).toEqual(['/v1/documents/batch']);
      expect(await t.sql`SELECT count(*)::int AS n FROM documents`).toEqual([{ n: 7 }]);
    } finally {
      await d.close();
      await relay.close();
    }
  });
});
