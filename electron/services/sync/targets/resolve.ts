import type { ServiceContext } from '../../context';
import type { DeliveryTarget } from '../delivery';
import { createFolderTarget } from '../folder/target';
import { createServerTarget, serverTokenKey, serverTokenReader } from '../server';
import type { StoredTarget } from '../store/targets';

/** The outbox picks the implementation by the target's kind; both honour the contract in ../delivery.ts. */
export function deliveryTargetFor(target: StoredTarget, ctx: ServiceContext): DeliveryTarget {
  const { config } = target;
  if (config.kind === 'folder') {
    if (!target.shareId) throw new Error(`Folder target ${target.id} has no share id.`);
    return createFolderTarget({ root: config.path, shareId: target.shareId });
  }
  // The token is read per attempt, so one replaced in the settings is used at once.
  return createServerTarget(config, serverTokenReader(ctx.secrets, target.id));
}

/** A removed server target's token must not linger in the keychain. */
export async function forgetTargetSecrets(ctx: ServiceContext, target: StoredTarget): Promise<void> {
  if (target.config.kind !== 'server') return;
  await ctx.secrets.set(serverTokenKey(target.id), null).catch((error: unknown) => {
    console.error(`callmark: could not remove the token of the removed target ${target.name}`, error);
  });
}
