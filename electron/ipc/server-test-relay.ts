import type { Envelope } from '../../shared/api';
import type { TargetView } from '../../shared/api/sync';
import { serverOrigin } from '../../shared/schemas/server-target';
import type { IpcRelay, RelayDecision } from './relay';

export interface ServerTestRelayOptions {
  /** Asks the user, in a native dialog over the window that asked, whether to contact this address; true to go ahead. */
  confirm(sender: unknown, url: string, withToken: boolean): Promise<boolean>;
  /** The origins of the server targets already saved: testing those needs no question. */
  savedOrigins(): Promise<string[]>;
  now?: () => number;
}

/** A confirmed address stays confirmed while the user is likely still in the same dialog. */
const CONFIRMED_FOR_MS = 10 * 60 * 1000;

/**
 * "Test connection" makes the backend send GET <url>/health. Left to the page
 * alone, that is a probe: a compromised page could ask about every host and
 * port on the user's network or machine and read the answers. In the desktop
 * app the test therefore goes only to the address the user is editing: a
 * saved server's own origin, or one the user confirmed in a native dialog
 * that names it (remembered for a few minutes, so testing again does not ask
 * again).
 */
export function createServerTestRelay(options: ServerTestRelayOptions): IpcRelay {
  const now = options.now ?? Date.now;
  const confirmed = new Map<string, number>();
  return {
    async intercept(name, input, sender): Promise<RelayDecision> {
      if (name !== 'sync.server.test') return { forward: input };
      const { url, token } = input as { url: string; token?: string };
      const origin = serverOrigin(url);
      for (const [known, until] of confirmed) if (until <= now()) confirmed.delete(known);
      if (confirmed.has(origin) || (await options.savedOrigins()).includes(origin)) return { forward: input };
      if (!(await options.confirm(sender, url, token !== undefined))) {
        return { answer: { ok: false, error: { code: 'conflict', message: `The connection test was cancelled: nothing was sent to ${new URL(url).host}.` } } };
      }
      confirmed.set(origin, now() + CONFIRMED_FOR_MS);
      return { forward: input };
    },
  };
}

/** The saved server targets' origins, asked of the backend (which owns the targets). */
export async function savedServerOrigins(callBackend: (name: string, input: unknown) => Promise<Envelope<unknown>>): Promise<string[]> {
  const envelope = await callBackend('sync.targets.list', {});
  if (!envelope.ok) return [];
  return (envelope.value as TargetView[]).flatMap((target) => (target.config.kind === 'server' ? [serverOrigin(target.config.url)] : []));
}
