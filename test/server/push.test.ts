import { describe, expect, it } from 'vitest';
import { postgresMissing } from './support/postgres';
import { pushHeaders, sampleScorecard, scorecardDoc } from './support/documents';
import { teamServerCluster } from './support/team-server';

if (postgresMissing) console.log(postgresMissing);

describe.skipIf(postgresMissing)('push: the server sync contract on PostgreSQL', () => {
  const pg = teamServerCluster();

  it('stores a scorecard once (201), answers a repeat 200, and a different body under the same key 409', async () => {
    const t = await pg.open();
    const token = await t.createUser('Rita Reviewer', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const doc = scorecardDoc(base);
    const post = (d = doc) => fetch(t.url, { method: 'POST', headers: pushHeaders(token, d), body: d.body });

    const first = await post();
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ status: 'stored', kind: 'scorecard', documentId: doc.scorecardId, revision: 1 });
    const again = await post();
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'already_stored' });
    const changed = scorecardDoc(base, { scorecardId: doc.scorecardId, patch: { revisionReason: 'edited' } });
    const conflict = await post(changed);
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ error: 'different_content', message: expect.stringContaining('different content') });

    const rows = await t.sql`SELECT kind, document_id, revision, body, body_sha256, document->>'scorecardId' AS id, team FROM documents`;
    expect(rows).toEqual([{ kind: 'scorecard', document_id: doc.scorecardId, revision: 1, body: doc.body, body_sha256: doc.bodySha256, id: doc.scorecardId, team: 'North' }]);
    const [facts] = await t.sql`SELECT agent_name, team, reviewer_name, score_numerator::text, score_denominator::text, score_rounded::text, band_label, meets_target FROM scorecards`;
    expect(facts).toMatchObject({ agent_name: 'Ada Agent', team: 'North', reviewer_name: 'Rita Reviewer', band_label: expect.any(String) });
  });
});
