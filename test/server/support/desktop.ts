import type { ImportReport } from '../../../shared/api/sync';
import type { ServiceSetup } from '../../support/service';
import { openReviewer, type Reviewer } from '../../unit/sync/support/reviewer';

export type Desktop = Reviewer & {
  targetId: string;
  /** Waits until nothing is pending for the server (see below). */
  settle(): Promise<void>;
  /** "Import now" on the Sync screen: one pull of the team server, to its end. */
  pull(): Promise<ImportReport>;
};

/**
 * A reviewer's desktop backend (the real createCallmarkService on its own
 * SQLite file) with a server target pointed at a team server and the user's
 * token saved, exactly as the settings screen sets it up.
 */
export async function desktopPushingTo(url: string, name: string, token: string, setup: ServiceSetup = {}, dataFolder?: string): Promise<Desktop> {
  const r = await openReviewer(name, dataFolder, setup);
  const existing = (await r.call('sync.targets.list', {})).find((t) => t.config.kind === 'server');
  const target = existing ?? (await r.call('sync.targets.add', { name: 'Team server', config: { kind: 'server', url, timeoutMs: 10_000 } }));
  if (!existing) await r.call('sync.server.setToken', { targetId: target.id, token });
  return {
    ...r,
    targetId: target.id,
    /**
     * Waits until nothing is pending for the server: the outbox going idle is
     * the event; "retry now" stands in for the back-off timer when a delivery
     * had to wait (a 503 while the database restarts, say).
     */
    async settle() {
      for (let round = 0; round < 100; round++) {
        await r.idle();
        const [status] = (await r.call('sync.status', { targetId: target.id })).targets;
        if (status!.counts.failed) throw new Error(`a delivery failed: ${status!.lastError?.message}`);
        if (status!.counts.pending === 0) return;
        await r.call('sync.items.retry', { targetId: target.id });
      }
      throw new Error(`${name}'s outbox did not settle`);
    },
    pull: () => r.call('sync.import', { targetId: target.id }),
  };
}
