import { ApiError } from '../../../../shared/api';
import type { TargetsStore } from '../store/targets';

/**
 * A token belongs to a server target that exists: refuse the others with a
 * message the settings screen can show, and answer the URL the token was saved
 * for.
 */
export function createServerTargetCheck(targets: TargetsStore) {
  return (targetId: string): { name: string; url: string } => {
    const target = targets.get(targetId);
    if (!target) throw new ApiError('not_found', 'That sync target no longer exists.');
    if (target.config.kind !== 'server') throw new ApiError('invalid_input', `"${target.name}" is a shared folder, not a server: it has no token.`);
    return { name: target.name, url: target.config.url };
  };
}
