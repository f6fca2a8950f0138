import type Database from 'better-sqlite3';
import { ApiError } from '../../../../shared/api';

/**
 * A token belongs to a server target that exists: refuse the others with a
 * message the settings screen can show, and answer the URL the token was saved
 * for. Reads sync_targets (part A's table) directly, so this module does not
 * depend on the outbox's code.
 */
export function createServerTargetCheck(db: Database.Database) {
  let lookup: Database.Statement<[string], { kind: string; name: string; config: string }> | null = null;
  return (targetId: string): { name: string; url: string } => {
    lookup ??= db.prepare<[string], { kind: string; name: string; config: string }>('SELECT kind, name, config FROM sync_targets WHERE id = ?');
    const row = lookup.get(targetId);
    if (!row) throw new ApiError('not_found', 'That sync target no longer exists.');
    if (row.kind !== 'server') throw new ApiError('invalid_input', `"${row.name}" is a shared folder, not a server: it has no token.`);
    const { url } = JSON.parse(row.config) as { url: string };
    return { name: row.name, url };
  };
}
