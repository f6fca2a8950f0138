import type http from 'node:http';
import type { Principal } from '../access/policy';
import { parseBearer, tokenSha256 } from '../access/token';
import type { ServerContext } from '../context';
import { findByToken } from '../store/users';
import { refuse, type Answer } from './answer';

const CHALLENGE = { 'www-authenticate': 'Bearer realm="callmark"' };

/**
 * The user behind the request's bearer token, within their rate limit, or the
 * refusal: 401 for a missing, unknown or revoked token (the desktop app then
 * asks its user for a new one), 429 with Retry-After past the limit.
 */
export async function authenticate(
  ctx: ServerContext,
  req: http.IncomingMessage,
): Promise<{ ok: true; principal: Principal; /** Counts `cost` more requests against the token's limit. */ charge(cost: number): void } | { ok: false; answer: Answer }> {
  const bearer = parseBearer(req.headers.authorization);
  if (!bearer.ok) {
    const message = bearer.reason === 'token_missing' ? 'A bearer token is required (Authorization: Bearer <token>).' : 'The Authorization header must be "Bearer <token>".';
    return { ok: false, answer: refuse(401, bearer.reason, message, { headers: CHALLENGE }) };
  }
  const hash = tokenSha256(bearer.token);
  const found = await findByToken(ctx.sql, hash);
  if (found.kind === 'unknown') return { ok: false, answer: refuse(401, 'token_unknown', 'This token is not known to this server.', { headers: CHALLENGE }) };
  if (found.kind === 'revoked') {
    return {
      ok: false,
      answer: refuse(401, 'token_revoked', "This token was revoked. Ask the server's administrator for a new one.", { headers: CHALLENGE, log: { user: found.userName } }),
    };
  }
  const allowed = ctx.limiter.take(hash);
  if (!allowed.ok) {
    return {
      ok: false,
      answer: refuse(429, 'rate_limited', `Too many requests for this token: try again in ${allowed.retryAfterSeconds} s.`, {
        headers: { 'retry-after': String(allowed.retryAfterSeconds) },
        log: { user: found.principal.name },
      }),
    };
  }
  return { ok: true, principal: found.principal, charge: (cost) => ctx.limiter.charge(hash, cost) };
}
