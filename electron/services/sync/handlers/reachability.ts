import type { TargetStatus } from '../../../../shared/api/sync';
import type { OutgoingItem } from '../delivery';
import { readMarker, shareProblemOf } from '../folder/marker';
import { recoveryOf } from '../folder/recovery';
import type { SyncParts } from '../parts';
import type { StoredTarget } from '../store/targets';

/** A network share that hangs must not hang the status screen with it. */
const CHECK_TIMEOUT_MS = 3000;
/** Files this computer sent that are looked for in a folder that lost its marker. */
const OWN_FILES_LOOKED_FOR = 3;

type Connection = Pick<TargetStatus, 'reachable' | 'recovery'>;

/**
 * Whether a target can be reached now, and if not what the user can do. A
 * folder is checked on the spot (its marker is there and names its share);
 * a server is judged by its last answer, since probing it would need its
 * token and a round trip on every refresh.
 */
export async function connectionOf(p: SyncParts, target: StoredTarget, waitingOutBackoff: boolean): Promise<Connection> {
  if (target.config.kind === 'folder' && target.shareId) {
    const { path: root } = target.config;
    const shareId = target.shareId;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Connection>((resolve) => {
      timer = setTimeout(() => resolve({ reachable: { state: 'unreachable', message: `The shared folder ${root} did not answer within ${CHECK_TIMEOUT_MS / 1000} s.` }, recovery: null }), CHECK_TIMEOUT_MS);
    });
    const check = async (): Promise<Connection> => {
      const marker = await readMarker(root);
      const problem = shareProblemOf(root, shareId, marker);
      if (!problem) return { reachable: { state: 'reachable', message: null }, recovery: null };
      const sent = () => p.outbox.lastSent(target.id, OWN_FILES_LOOKED_FOR).flatMap((ref) => p.documents.get(ref) ?? ([] as OutgoingItem[]));
      return { reachable: { state: 'unreachable', message: problem }, recovery: await recoveryOf(root, shareId, marker, sent, p.kinds) };
    };
    return Promise.race([check(), timeout]).finally(() => clearTimeout(timer));
  }
  if (waitingOutBackoff && target.lastError) return { reachable: { state: 'unreachable', message: target.lastError.message }, recovery: null };
  if (target.lastSuccessAt) return { reachable: { state: 'reachable', message: null }, recovery: null };
  return { reachable: { state: 'unknown', message: null }, recovery: null };
}
