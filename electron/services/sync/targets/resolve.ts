import type { KindRegistry } from '../../../../shared/sync/kinds';
import type { ServiceContext } from '../../context';
import type { DeliveryTarget, OutgoingItem } from '../delivery';
import { createFolderSource } from '../folder/source';
import { createFolderTarget } from '../folder/target';
import type { ImportSource } from '../import/source';
import { createServerSource, createServerTarget, serverTokenKey, serverTokenReader } from '../server';
import type { StoredTarget } from '../store/targets';

/** What building a target's delivery or source needs besides the target. */
export interface TargetEnvironment {
  ctx: ServiceContext;
  /** What the outbox sends. */
  kinds: KindRegistry;
  /** What is read back from a share: the roster's kind and `kinds`. */
  importKinds: KindRegistry;
  /** This install's roster entry, which a folder target puts in its share. */
  rosterEntry(): Promise<OutgoingItem>;
}

/** The outbox picks the implementation by the target's kind; both honour the contract in ../delivery.ts. */
export function deliveryTargetFor(target: StoredTarget, { ctx, kinds, rosterEntry }: TargetEnvironment): DeliveryTarget {
  const { config } = target;
  if (config.kind === 'folder') {
    if (!target.shareId) throw new Error(`Folder target ${target.id} has no share id.`);
    return createFolderTarget({ root: config.path, shareId: target.shareId, kinds, rosterEntry });
  }
  // The token is read per attempt, so one replaced in the settings is used at once.
  return createServerTarget(config, serverTokenReader(ctx.secrets, target.id), kinds);
}

/**
 * Where a target is read back from (the contract in ../import/source.ts): a
 * shared folder, or a server's pull (docs/team-server.md).
 */
export function importSourceFor(target: StoredTarget, { ctx, kinds, importKinds }: TargetEnvironment): ImportSource | null {
  const { config } = target;
  // A server carries the kinds the outbox sends; a share also carries the roster.
  if (config.kind === 'server') return createServerSource({ targetId: target.id, config, token: serverTokenReader(ctx.secrets, target.id), kinds });
  if (!target.shareId) return null;
  return createFolderSource({ root: config.path, shareId: target.shareId, kinds: importKinds });
}

/** A removed server target's token must not linger in the keychain. */
export async function forgetTargetSecrets(ctx: ServiceContext, target: StoredTarget): Promise<void> {
  if (target.config.kind !== 'server') return;
  await ctx.secrets.set(serverTokenKey(target.id), null).catch((error: unknown) => {
    console.error(`callmark: could not remove the token of the removed target ${target.name}`, error);
  });
}
