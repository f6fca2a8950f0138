import { PUSH_BATCH_CONTENT_TYPE, PUSH_BATCH_SUFFIX, parsePushBatch, type PushBatchResult } from '../../../shared/team-server/push-batch';
import type { Principal } from '../../access/policy';
import type { ServerContext } from '../../context';
import { answerFor, batchResultOf } from '../../push/answer';
import { checkPush, type CheckedPush } from '../../push/check';
import { storeBatch } from '../../store/batch';
import { ok, refuse, type Answer } from '../answer';
import { authenticate } from '../auth';
import { contentTypeIs, declaredTooLarge, readBody, tooLarge } from '../body';
import type { Route } from '../route';
import { withUser } from './push';

/**
 * POST /v1/documents/batch (shared/team-server/push-batch.ts): several
 * documents in one request and, for most, one statement. The request as a
 * whole is checked as a single push is (content type, size, token, rate, and
 * its frame); a refusal there stores nothing. Then each document gets the
 * single push's checks (../../push/check.ts) and store outcome, and its own
 * result: a refused document is stored nowhere and refuses none of its
 * neighbours. Each refused document is logged as its own `request.refused`
 * line, with its reason and its index in the batch.
 */
export function pushBatchRoute(ctx: ServerContext): Route {
  const { maxDocuments, maxBodyBytes } = ctx.config.batch;
  return {
    method: 'POST',
    path: `/v1/documents${PUSH_BATCH_SUFFIX}`,
    async handle(req, _url, requestId) {
      const wrongType = contentTypeIs(req.headers['content-type'], PUSH_BATCH_CONTENT_TYPE);
      if (wrongType) return wrongType;
      const oversized = declaredTooLarge(req, maxBodyBytes);
      if (oversized) return oversized;
      const auth = await authenticate(ctx, req);
      if (!auth.ok) return auth.answer;
      const who = auth.principal;
      const body = await readBody(req, maxBodyBytes);
      if (!body.ok) return 'answer' in body ? withUser(body.answer, who) : refuse(400, 'body_incomplete', 'The connection closed before the whole body arrived.');
      const batch = parsePushBatch(body.bytes);
      if (!batch.ok) return withUser(refuse(400, 'batch_malformed', `The batch was not accepted: ${batch.message}.`), who);
      if (!batch.items.length) return withUser(refuse(400, 'batch_empty', 'The batch holds no documents.'), who);
      if (batch.items.length > maxDocuments) {
        return withUser(refuse(413, 'batch_too_large', `The batch holds ${batch.items.length} documents; this server takes at most ${maxDocuments} per request.`), who);
      }
      // Each document counts against the token's rate limit as its own push would: a batch saves requests, not checks.
      auth.charge(batch.items.length - 1);

      const checked = await Promise.all(
        batch.items.map(({ header, body: bytes }) =>
          bytes.byteLength > ctx.config.maxBodyBytes
            ? { ok: false as const, answer: tooLarge(ctx.config.maxBodyBytes) }
            : checkPush(ctx, who, { bytes, claimedSha256: header.bodySha256, idempotencyKey: header.idempotencyKey, kind: header.kind }),
        ),
      );
      const passed = checked.flatMap((c) => (c.ok ? [c.push] : []));
      const outcomes = await storeBatch(ctx.sql, who.userId, passed);
      const answers = new Map<CheckedPush, Answer>(passed.map((push, n) => [push, answerFor(outcomes[n]!, push.about)]));
      const results: PushBatchResult[] = checked.map((c, index) => {
        const answer = c.ok ? answers.get(c.push)! : c.answer;
        if (answer.reason !== undefined) logRefusal(ctx, who, requestId, index, answer);
        return batchResultOf(answer);
      });
      const count = (status: number) => results.filter((r) => r.httpStatus === status).length;
      return ok(200, { results }, { user: who.name, documents: results.length, stored: count(201), alreadyStored: count(200), refused: results.length - count(201) - count(200) });
    },
  };
}

/** The same event as a refused request's (handle.ts), so whatever watches refusals sees these too; `index` tells them apart. */
function logRefusal(ctx: ServerContext, who: Principal, requestId: string, index: number, answer: Answer): void {
  ctx.log.warn('request.refused', { requestId, method: 'POST', path: `/v1/documents${PUSH_BATCH_SUFFIX}`, index, status: answer.status, user: who.name, ...answer.log, reason: answer.reason, message: answer.message });
}
