import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex as sha256 } from '../../electron/services/sync/export/sha256';
import { PushBatchAnswer, PUSH_BATCH_SUFFIX } from '../../shared/team-server/push-batch';
import { canonicalJson } from '../../shared/util/canonical-json';
import { postBatch, postDoc, sampleScorecard, scorecardDoc, type Doc } from './support/documents';
import { postgresMissing } from './support/postgres';
import { teamServerCluster, type TeamServerHandle } from './support/team-server';


/** What a push leaves in the database, without what differs between two servers (seqs, user ids, times of storing). */
async function storedRows(t: TeamServerHandle) {
  const documents = await t.sql`
    SELECT d.kind, d.document_id, d.revision, d.writer, d.body, d.body_sha256, d.team, d.reader_team_keys, d.placed_at, u.name AS pushed_by
    FROM documents d JOIN users u ON u.id = d.pushed_by ORDER BY d.document_id, d.revision`;
  const scorecards = await t.sql`
    SELECT s.scorecard_id, s.revision, s.completed_at, s.agent_name, s.team, s.team_key, s.reviewer_id, s.reviewer_name, u.name AS reviewer_user,
      s.template_id, s.score_numerator::text, s.score_denominator::text, s.score_value, s.score_rounded::text, s.band_id, s.meets_target, s.automatic_fail, s.latest
    FROM scorecards s JOIN users u ON u.id = s.reviewer_user_id ORDER BY s.scorecard_id, s.revision`;
  const owners = await t.sql`SELECT o.kind, o.document_id, u.name FROM document_owners o JOIN users u ON u.id = o.user_id ORDER BY o.document_id`;
  const bindings = await t.sql`SELECT b.reviewer_id, u.name FROM reviewer_bindings b JOIN users u ON u.id = b.user_id ORDER BY b.reviewer_id`;
  return { documents, scorecards, owners, bindings };
}

async function batch(t: TeamServerHandle, token: string, docs: readonly Doc[]) {
  const res = await postBatch(t.url, token, docs);
  expect(res.status).toBe(200);
  return PushBatchAnswer.parse(await res.json()).results;
}

const count = async (t: TeamServerHandle, table: 'documents' | 'scorecards' | 'document_owners') =>
  (await t.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM ${t.sql(table)}`)[0]!.n;

describe.skipIf(postgresMissing)('batch push: several documents per request, each answered as its own push would be', () => {
  const pg = teamServerCluster();

  it('stores exactly the rows the same documents pushed one at a time store, revisions and report flags included', async () => {
    const base = await sampleScorecard();
    const reviewer = { id: randomUUID(), name: 'Rita Reviewer' };
    const revised = randomUUID();
    const late = randomUUID();
    const rounds: Doc[][] = [
      // A reviewer's first push (binds the reviewer), and two revisions of one scorecard in one request.
      [scorecardDoc(base, { reviewer }), scorecardDoc(base, { reviewer, scorecardId: revised }), scorecardDoc(base, { reviewer, scorecardId: revised, revision: 2 })],
      // The common batch: first revisions by a bound reviewer (one statement), beside later revisions.
      [
        ...Array.from({ length: 6 }, () => scorecardDoc(base, { reviewer, team: 'north ' })),
        scorecardDoc(base, { reviewer, scorecardId: revised, revision: 3 }),
        scorecardDoc(base, { reviewer, scorecardId: late, revision: 2 }),
      ],
      // An earlier revision arriving after a later one never becomes the latest; a repeat is answered 200.
      [scorecardDoc(base, { reviewer, scorecardId: late, revision: 1 }), scorecardDoc(base, { reviewer, scorecardId: revised }), ...Array.from({ length: 3 }, () => scorecardDoc(base, { reviewer }))],
    ];
    const single = await pg.open();
    const batched = await pg.open();
    const singleToken = await single.createUser('Rita', 'reviewer', ['North']);
    const batchToken = await batched.createUser('Rita', 'reviewer', ['North']);

    for (const round of rounds) {
      const statuses: number[] = [];
      for (const doc of round) statuses.push((await postDoc(single.url, singleToken, doc)).status);
      const results = await batch(batched, batchToken, round);
      expect(results.map((r) => r.httpStatus)).toEqual(statuses);
      expect(results.map((r) => ('documentId' in r ? `${r.documentId}:r${r.revision}` : null))).toEqual(round.map((d) => `${d.scorecardId}:r${d.revision}`));
    }

    const [one, many] = [await storedRows(single), await storedRows(batched)];
    expect(many.documents).toHaveLength(15);
    expect(many).toEqual(one);
    const latest = many.scorecards.filter((s) => s.scorecard_id === revised).map((s) => [s.revision, s.latest]);
    expect(latest).toEqual([[1, false], [2, false], [3, true]]);
    expect(many.scorecards.filter((s) => s.scorecard_id === late).map((s) => [s.revision, s.latest])).toEqual([[1, false], [2, true]]);
    expect(batched.refusals()).toEqual([]);
  });

  it('a forged, foreign, oversized or unstorable document is refused with its message and stored nowhere; its neighbours are stored', async () => {
    const t = await pg.open({ config: { maxBodyBytes: 20_000 } });
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const reviewer = { id: randomUUID(), name: 'Rita' };
    expect((await postDoc(t.url, token, scorecardDoc(base, { reviewer }))).status).toBe(201); // binds the reviewer: the batch takes the one-statement path

    const good = [scorecardDoc(base, { reviewer }), scorecardDoc(base, { reviewer })];
    const { contentHash: _, ...signed } = JSON.parse(scorecardDoc(base, { reviewer }).body) as Record<string, unknown> & { answers: { comment: string }[] };
    const changed = { ...signed, answers: signed.answers.map((a, i) => (i === 0 ? { ...a, comment: 'Changed after signing' } : a)) };
    const forgedText = canonicalJson({ ...changed, contentHash: sha256(canonicalJson(changed)) });
    const forged: Doc = { scorecardId: signed.scorecardId as string, revision: 1, body: forgedText, bodySha256: sha256(forgedText) };
    const foreign = scorecardDoc(base, { reviewer, team: 'South' });
    const answers = (base.answers as { comment: string }[]).map((a, i) => (i === 0 ? { ...a, comment: 'nul\u0000here' } : a));
    const unstorable = scorecardDoc(base, { reviewer, patch: { answers } });
    const damaged = { ...scorecardDoc(base, { reviewer }), bodySha256: sha256('something else') };
    const long = (base.answers as { comment: string }[]).map((a, i) => (i === 0 ? { ...a, comment: 'x'.repeat(6000) } : a));
    const oversized = scorecardDoc(base, { reviewer, patch: { answers: long } });

    const results = await batch(t, token, [good[0]!, forged, foreign, unstorable, damaged, oversized, good[1]!]);

    expect(results.map((r) => r.httpStatus)).toEqual([201, 422, 403, 422, 400, 413, 201]);
    expect(results.map((r) => ('error' in r ? r.error : r.status))).toEqual(['stored', 'signature_invalid', 'team_not_yours', 'unstorable_json', 'content_hash_mismatch', 'body_too_large', 'stored']);
    expect(results[1]).toMatchObject({ message: expect.stringMatching(/^The scorecard was not accepted: its signature does not verify/) });
    expect(results[2]).toMatchObject({ message: expect.stringContaining('"South"') });
    const ids = (await t.sql<{ document_id: string }[]>`SELECT document_id FROM documents`).map((r) => r.document_id);
    expect(ids).toHaveLength(3);
    expect(ids).toEqual(expect.arrayContaining(good.map((d) => d.scorecardId)));
    for (const refused of [forged, foreign, unstorable, damaged, oversized]) {
      expect(ids).not.toContain(refused.scorecardId);
      expect(await t.sql`SELECT 1 FROM document_owners WHERE document_id = ${refused.scorecardId}`).toEqual([]);
    }
    expect(await count(t, 'scorecards')).toBe(3);
    // One request.refused line per refused document, with its reason and index, under the batch's request id.
    const lines = t.refusals();
    expect(lines.map((l) => [l.index, l.reason])).toEqual([[1, 'signature_invalid'], [2, 'team_not_yours'], [3, 'unstorable_json'], [4, 'content_hash_mismatch'], [5, 'body_too_large']]);
    const request = t.logs.find((l) => l.event === 'request' && l.path === `/v1/documents${PUSH_BATCH_SUFFIX}`);
    expect(request).toMatchObject({ stored: 2, refused: 5 });
    expect(new Set(lines.map((l) => l.requestId))).toEqual(new Set([request!.requestId]));
  });

  it('a retried batch duplicates nothing: answered already_stored, and two copies racing store each document once', async () => {
    const t = await pg.open();
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const reviewer = { id: randomUUID(), name: 'Rita' };
    const docs = Array.from({ length: 8 }, () => scorecardDoc(base, { reviewer }));
    expect((await batch(t, token, docs)).map((r) => r.httpStatus)).toEqual(Array(8).fill(201));
    expect((await batch(t, token, docs)).map((r) => ('status' in r ? r.status : r.error))).toEqual(Array(8).fill('already_stored'));

    const racing = Array.from({ length: 8 }, () => scorecardDoc(base, { reviewer }));
    const [a, b] = await Promise.all([batch(t, token, racing), batch(t, token, racing)]);
    for (let i = 0; i < racing.length; i++) expect([a[i]!.httpStatus, b[i]!.httpStatus].sort()).toEqual([200, 201]);
    expect(await count(t, 'documents')).toBe(16);
    expect(await count(t, 'scorecards')).toBe(16);
    expect(await count(t, 'document_owners')).toBe(16);
  });
});
