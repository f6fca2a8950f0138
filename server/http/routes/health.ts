import type { ServerContext } from '../../context';
import { ok } from '../answer';
import { authenticate } from '../auth';
import type { Route } from '../route';

/**
 * GET /health: is the server up and its database reachable. The desktop's
 * "Test connection" sends GET <target URL>/health with the bearer token, so
 * the same check answers under the push path too (/v1/documents/health).
 * Without a token it is a plain liveness check (for a load balancer or
 * systemd); with one, the token must be valid (401 otherwise), and the
 * answer says whose it is.
 */
export function healthRoutes(ctx: ServerContext): Route[] {
  const handle: Route['handle'] = async (req) => {
    if (req.headers.authorization === undefined) {
      await ctx.sql`SELECT 1`;
      return ok(200, { status: 'ok' });
    }
    const auth = await authenticate(ctx, req);
    if (!auth.ok) return auth.answer;
    const { name, role, teams } = auth.principal;
    return ok(200, { status: 'ok', user: { name, role, teams } }, { user: name });
  };
  return [
    { method: 'GET', path: '/health', handle },
    { method: 'GET', path: '/v1/documents/health', handle },
  ];
}
