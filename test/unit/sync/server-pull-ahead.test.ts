import { describe, expect, it } from 'vitest';
import { createServerSource } from '../../../electron/services/sync/server/pull-source';
import { ServerTargetConfig } from '../../../shared/schemas/server-target';
import { createKindRegistry, DOCUMENT_KINDS } from '../../../shared/sync/kinds';
import { postDoc, sampleScorecard, scorecardDoc } from '../../server/support/documents';
import { postgresMissing } from '../../server/support/postgres';
import { teamServerCluster } from '../../server/support/team-server';

/**
 * The pull source reads one page ahead (electron/services/sync/server/pull-source.ts):
 * against a real team server, with the real fetch, whose requests are
 * written down. The page read ahead serves the next `list` only when it asks
 * for the same cursor with the same token.
 */
describe.skipIf(postgresMissing)('reading a team server one page ahead', () => {
  const pg = teamServerCluster();

  const setUp = async () => {
    const t = await pg.open({ config: { pull: { defaultLimit: 2, maxLimit: 2 } } });
    const rita = await t.createUser('Rita', 'reviewer', ['North']);
    const lena = await t.createUser('Lena', 'team_leader', ['North']);
    const base = await sampleScorecard();
    for (let i = 0; i < 5; i++) expect((await postDoc(t.url, rita, scorecardDoc(base))).status).toBe(201);
    let token = lena;
    const asked: { token: string; since: string }[] = [];
    const source = createServerSource({
      targetId: 'team',
      config: ServerTargetConfig.parse({ kind: 'server', url: t.url }),
      token: async () => token,
      kinds: createKindRegistry(DOCUMENT_KINDS),
      pageSize: 2,
      fetch: (url, init) => {
        asked.push({ token: new Headers(init?.headers).get('authorization')!.slice('Bearer '.length), since: new URL(String(url)).searchParams.get('since')! });
        return fetch(url, init);
      },
    });
    return { source, asked, tokens: { rita, lena }, useToken: (next: string) => (token = next) };
  };

  it('asks for the next page while a page is stored, and never for a page twice', async () => {
    const { source, asked } = await setUp();
    const seen: number[] = [];
    for (let since: string | null = null; ; ) {
      const listing = await source.list(since);
      if (!listing.ok) throw new Error(listing.message);
      seen.push(listing.entries.length);
      if (!listing.more) break;
      since = listing.next;
    }
    expect(seen).toEqual([2, 2, 1]);
    expect(asked.map((a) => a.since)).toHaveLength(3);
    expect(new Set(asked.map((a) => a.since)).size).toBe(3);
  });

  it('does not use a page read ahead with a token that has since been replaced: it asks again with the new one', async () => {
    const { source, asked, tokens, useToken } = await setUp();
    const first = await source.list(null);
    if (!first.ok) throw new Error(first.message);
    expect(asked.map((a) => a.token)).toEqual([tokens.lena, tokens.lena]); // the second page, read ahead
    useToken(tokens.rita);
    const second = await source.list(first.next);
    if (!second.ok) throw new Error(second.message);
    expect(second.entries).toHaveLength(2);
    expect(asked.slice(2).map((a) => a.token)).toEqual([tokens.rita, tokens.rita]); // asked again, then the third read ahead
    expect(asked[2]!.since).toBe(asked[1]!.since);
  });
});
