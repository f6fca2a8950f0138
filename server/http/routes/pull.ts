import { z } from 'zod';
import { describeZodError } from '../../../shared/api/errors';
import { decideRead } from '../../access/policy';
import { teamKey } from '../../access/team';
import type { ServerContext } from '../../context';
import { kindNames } from '../../documents/kinds';
import { pullPage } from '../../pull/page';
import type { PulledRow } from '../../store/pull';
import { refuse } from '../answer';
import { authenticate } from '../auth';
import type { Route } from '../route';

/**
 * GET /v1/documents?since=<cursor>&limit=<n>[&kind=scorecard][&team=North]:
 * documents the caller may read, in commit order, from the cursor on. The
 * answer's shape is `PullPage` (shared/team-server/pull.ts).
 */
export function pullRoute(ctx: ServerContext): Route {
  const { defaultLimit, maxLimit } = ctx.config.pull;
  const Query = z
    .object({
      since: z.string().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
      kind: z.array(z.enum(kindNames() as [string, ...string[]])).default([]),
      team: z.array(z.string().max(200)).default([]),
    })
    .strict();

  return {
    method: 'GET',
    path: '/v1/documents',
    async handle(req, url) {
      const auth = await authenticate(ctx, req);
      if (!auth.ok) return auth.answer;
      const who = auth.principal;
      const log = { user: who.name };
      const query = Query.safeParse({
        ...Object.fromEntries([...url.searchParams.keys()].map((k) => [k, k === 'kind' || k === 'team' ? url.searchParams.getAll(k) : url.searchParams.get(k)])),
      });
      if (!query.success) return refuse(400, 'invalid_query', `The query is not valid: ${describeZodError(query.error)}.`, { log });
      const read = decideRead(who, query.data.team.map(teamKey));
      if (!read.ok) return refuse(403, read.reason, read.message, { log });
      const result = await pullPage(ctx.sql, { since: query.data.since, limit: query.data.limit, scope: read.scope, kinds: query.data.kind }, ctx.config.database.lockTimeoutMs);
      if (!result.ok) return refuse(400, result.reason, result.message, { log });
      return { status: 200, json: pageJson(result.rows, result.nextCursor, result.hasMore), log: { ...log, documents: result.rows.length } };
    },
  };
}

/** Serialised by hand so each stored body is escaped once into its string, not parsed and rebuilt. */
function pageJson(rows: readonly PulledRow[], nextCursor: string, hasMore: boolean): string {
  const items = rows.map(
    (r) =>
      `{"kind":${JSON.stringify(r.kind)},"documentId":"${r.documentId}","revision":${r.revision},"bodySha256":"${r.bodySha256}","storedAt":"${r.storedAt}","body":${JSON.stringify(r.body)}}`,
  );
  return `{"items":[${items.join(',')}],"nextCursor":${JSON.stringify(nextCursor)},"hasMore":${hasMore}}`;
}
