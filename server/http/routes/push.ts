import type http from 'node:http';
import type { Principal } from '../../access/policy';
import type { ServerContext } from '../../context';
import { answerFor } from '../../push/answer';
import { checkPush } from '../../push/check';
import { storeDocument } from '../../store/documents';
import { refuse, type Answer } from '../answer';
import { authenticate } from '../auth';
import { checkJsonContentType, declaredTooLarge, readBody } from '../body';
import type { Route } from '../route';

/**
 * POST /v1/documents: the README's "Server sync contract". Checks run from
 * the cheapest to the dearest, and nothing is stored unless all pass:
 * content type, size, token, rate, then the document's own checks
 * (../../push/check.ts), and in the store the reviewer binding and the
 * document's owner. 201 once stored (durably: after COMMIT), 200 for a repeat
 * with the same bytes, 409 for the same key with others.
 */
export function pushRoute(ctx: ServerContext): Route {
  return {
    method: 'POST',
    path: '/v1/documents',
    async handle(req) {
      const wrongType = checkJsonContentType(req.headers['content-type']);
      if (wrongType) return wrongType;
      const oversized = declaredTooLarge(req, ctx.config.maxBodyBytes);
      if (oversized) return oversized;
      const auth = await authenticate(ctx, req);
      if (!auth.ok) return auth.answer;
      const who = auth.principal;
      const body = await readBody(req, ctx.config.maxBodyBytes);
      if (!body.ok) return 'answer' in body ? withUser(body.answer, who) : refuse(400, 'body_incomplete', 'The connection closed before the whole body arrived.');
      return withUser(await receive(ctx, req, who, body.bytes), who);
    },
  };
}

async function receive(ctx: ServerContext, req: http.IncomingMessage, who: Principal, bytes: Buffer): Promise<Answer> {
  const checked = await checkPush(ctx, who, {
    bytes,
    claimedSha256: header(req, 'callmark-content-sha256'),
    idempotencyKey: header(req, 'idempotency-key'),
    // The published contract predates kinds: a push that names none is a scorecard.
    kind: header(req, 'callmark-document-kind') ?? 'scorecard',
    routing: (name) => header(req, name),
  });
  if (!checked.ok) return checked.answer;
  const { doc, writeFacts, about } = checked.push;
  return answerFor(await storeDocument(ctx.sql, who.userId, doc, writeFacts), about);
}

export function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export const withUser = (answer: Answer, who: Principal): Answer => ({ ...answer, log: { user: who.name, ...answer.log } });
