import type Database from 'better-sqlite3';
import { ApiError } from '../../../../shared/api';

/**
 * A token belongs to a server target that exists: refuse the others with a
 * message the settings screen can show. Reads sync_targets (part A's table)
 * directly, so this module does not depend on the outbox's code.
 */
export function createServerTargetCheck(db: Database.Database) {
  let lookup: Database.Statement<[string], { kind: string; name: string }> | null = null;
  return (targetId: string): void => {
    lookup ??= db.prepare<[string], { kind: string; name: string }>('SELECT kind, name FROM sync_targets WHERE id = ?');
    const row = lookup.get(targetId);
    if (!row) throw new ApiError('not_found', 'That sync target no longer exists.');
    if (row.kind !== 'server') throw new ApiError('invalid_input', `"${row.name}" is a shared folder, not a server: it has no token.`);
  };
}
