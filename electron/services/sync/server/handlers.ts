import { ApiError, type ApiHandlers } from '../../../../shared/api';
import type { serverSyncApi, ServerTokenStatus } from '../../../../shared/api/server-sync';
import { serverOrigin } from '../../../../shared/schemas/server-target';
import type { ServiceContext } from '../../context';
import { SecretStoreError } from '../../secrets/store';
import { createTargetsStore } from '../store/targets';
import { testServer } from './health';
import { createServerTargetCheck } from './target-check';
import { serverTokenKey } from './token';

type Methods = Exclude<keyof typeof serverSyncApi, 'export.csv'>;

export interface ServerSyncOptions {
  /** Injectable for tests of the connection test. */
  fetch?: typeof fetch;
}

/** A secret store's problem as a message for the page: it names the file and what to do, never a secret. */
const asApiError = (error: unknown): never => {
  if (error instanceof SecretStoreError) throw new ApiError(error.problem === 'unavailable' ? 'conflict' : 'internal', error.message);
  throw error;
};

/**
 * The API of part B: tokens (write-only from the page's side) and the
 * connection test. The token goes in and never comes back out: answers say
 * only whether one is set and where it is kept.
 */
export function serverSyncHandlers(ctx: ServiceContext, options: ServerSyncOptions = {}): Pick<ApiHandlers, Methods> {
  const requireServerTarget = createServerTargetCheck(createTargetsStore(ctx.db));

  const status = async (targetId: string): Promise<ServerTokenStatus> => {
    try {
      const [info, token] = await Promise.all([ctx.secrets.describe(), ctx.secrets.get(serverTokenKey(targetId))]);
      return { targetId, tokenSet: token !== null, ...info };
    } catch (error) {
      return asApiError(error);
    }
  };

  return {
    'sync.server.secretLocation': async () => {
      try {
        return await ctx.secrets.describe();
      } catch (error) {
        return asApiError(error);
      }
    },
    'sync.server.setToken': async ({ targetId, token }) => {
      requireServerTarget(targetId);
      try {
        await ctx.secrets.set(serverTokenKey(targetId), token);
      } catch (error) {
        asApiError(error);
      }
      return status(targetId);
    },
    'sync.server.clearToken': async ({ targetId }) => {
      try {
        await ctx.secrets.set(serverTokenKey(targetId), null);
      } catch (error) {
        asApiError(error);
      }
      return status(targetId);
    },
    // Clearing and asking work for a removed target too, so its leftover token can be cleaned up.
    'sync.server.tokenStatus': ({ targetId }) => status(targetId),
    'sync.server.test': async ({ url, targetId, token, timeoutMs }) => {
      let secret = token ?? null;
      if (secret === null && targetId) {
        // The saved token goes only where it was saved for: the page may name any URL, but not lend it the token.
        const saved = requireServerTarget(targetId);
        if (serverOrigin(url) !== serverOrigin(saved.url)) {
          throw new ApiError(
            'invalid_input',
            `The saved token of ${saved.name} is sent only to ${new URL(saved.url).host}, the server it was given for. To test ${new URL(url).host}, type its token.`,
          );
        }
        try {
          secret = await ctx.secrets.get(serverTokenKey(targetId));
        } catch (error) {
          asApiError(error);
        }
      }
      return testServer(url, secret, timeoutMs, options.fetch);
    },
  };
}
