import { z } from 'zod';
import { describeZodError } from '../../../shared/api/errors';
import { formatPulledHeader, formatPullTrailer, PULL_CONTENT_TYPE } from '../../../shared/team-server/pull';
import { decideRead } from '../../access/policy';
import { teamKey } from '../../access/team';
import type { ServerContext } from '../../context';
import { openPull, type OpenedPull } from '../../pull/page';
import type { PulledRow } from '../../store/pull';
import { refuse } from '../answer';
import { authenticate } from '../auth';
import type { Route } from '../route';


/** A stored document's two lines (shared/team-server/pull.ts), its body as the bytes stored. */
function framed({ body, ...header }: PulledRow): (string | Buffer)[] {
  // Pushes are refused with a line break (routes/push.ts); a row written some other way must not break the framing.
  if (body.includes(0x0a) || body.includes(0x0d)) throw new Error(`the body of ${header.documentId} has a line break: it cannot be framed`);
  return [`${formatPulledHeader(header)}\n`, body, '\n'];
}

/**
 * GET /v1/documents?since=<cursor>&limit=<n>[&kind=scorecard]…[&team=North]…:
 * documents the caller may read, in commit order, from the cursor on, framed
 * as shared/team-server/pull.ts says (a header line and the exact body per
 * document, then a trailer).
 */
export function pullRoute(ctx: ServerContext): Route {
  const { defaultLimit, maxLimit } = ctx.config.pull;
  const Query = z
    .object({
      since: z.string().max(200).optional(),
      // More than the server gives is lowered to what it gives, rather than refused: the page says how many it holds.
      limit: z.coerce.number().int().min(1).default(defaultLimit).transform((n) => Math.min(n, maxLimit)),
      // A kind this server holds none of matches nothing: a desktop that knows a newer kind asks for it all the same.
      kind: z.array(z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, { message: 'must be a document kind (lower-case letters, digits and dashes)' })).default([]),
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
      const opened = await openPull(ctx.sql, { since: query.data.since, limit: query.data.limit, scope: read.scope, kinds: query.data.kind });
      if (!opened.ok) return refuse(400, opened.reason, opened.message, { log });
      const logged: Record<string, unknown> = { ...log };
      async function* page(pull: OpenedPull): AsyncGenerator<string | (string | Buffer)[]> {
        for await (const batch of pull.batches) yield batch.flatMap(framed);
        const end = pull.end();
        logged.documents = end.count;
        yield formatPullTrailer(end);
      }
      return { status: 200, body: page(opened), headers: { 'content-type': `${PULL_CONTENT_TYPE}; charset=utf-8` }, log: logged };
    },
  };
}
