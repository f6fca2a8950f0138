import type { TargetStatus } from '../../../../shared/api/sync';
import { shareProblem } from '../folder/marker';
import type { StoredTarget } from '../store/targets';

/** A network share that hangs must not hang the status screen with it. */
const CHECK_TIMEOUT_MS = 3000;

/**
 * Whether a target can be reached now. A folder is checked on the spot (its
 * marker is there and names its share); a server is judged by its last answer,
 * since probing it would need its token and a round trip on every refresh.
 */
export async function reachabilityOf(target: StoredTarget, waitingOutBackoff: boolean): Promise<TargetStatus['reachable']> {
  if (target.config.kind === 'folder' && target.shareId) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`The shared folder ${target.config.kind === 'folder' ? target.config.path : ''} did not answer within ${CHECK_TIMEOUT_MS / 1000} s.`), CHECK_TIMEOUT_MS);
    });
    const problem = await Promise.race([shareProblem(target.config.path, target.shareId), timeout]).finally(() => clearTimeout(timer));
    return problem ? { state: 'unreachable', message: problem } : { state: 'reachable', message: null };
  }
  if (waitingOutBackoff && target.lastError) return { state: 'unreachable', message: target.lastError.message };
  if (target.lastSuccessAt) return { state: 'reachable', message: null };
  return { state: 'unknown', message: null };
}
