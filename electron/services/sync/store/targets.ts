import type Database from 'better-sqlite3';
import { SyncTargetConfig, type SyncTarget } from '../../../../shared/schemas/sync-target';

interface TargetRow {
  id: string;
  name: string;
  kind: 'folder' | 'server';
  config: string;
  share_id: string | null;
  enabled: number;
  created_at: string;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
}

export interface StoredTarget extends SyncTarget {
  /** Folder targets: the share id of the marker found when the target was added. */
  shareId: string | null;
  lastSuccessAt: string | null;
  lastError: { message: string; at: string } | null;
}

const toTarget = (r: TargetRow): StoredTarget => ({
  id: r.id,
  name: r.name,
  // Validated on the way out too: a row written by a newer Callmark must not reach a target half-understood.
  config: SyncTargetConfig.parse(JSON.parse(r.config)),
  enabled: r.enabled === 1,
  createdAt: r.created_at,
  shareId: r.share_id,
  lastSuccessAt: r.last_success_at,
  lastError: r.last_error && r.last_error_at ? { message: r.last_error, at: r.last_error_at } : null,
});

export function createTargetsStore(db: Database.Database) {
  const all = db.prepare<[], TargetRow>('SELECT * FROM sync_targets ORDER BY created_at, id');
  const enabled = db.prepare<[], TargetRow>('SELECT * FROM sync_targets WHERE enabled = 1 ORDER BY created_at, id');
  const ids = db.prepare<[], { id: string }>('SELECT id FROM sync_targets ORDER BY created_at, id');
  const byId = db.prepare<[string], TargetRow>('SELECT * FROM sync_targets WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO sync_targets (id, name, kind, config, share_id, enabled, created_at)
     VALUES (@id, @name, @kind, @config, @shareId, @enabled, @createdAt)`,
  );
  const update = db.prepare('UPDATE sync_targets SET name = @name, config = @config, share_id = @shareId, enabled = @enabled WHERE id = @id');
  const remove = db.prepare('DELETE FROM sync_targets WHERE id = ?');
  const success = db.prepare('UPDATE sync_targets SET last_success_at = ?, last_error = NULL, last_error_at = NULL WHERE id = ?');
  const problem = db.prepare('UPDATE sync_targets SET last_error = ?, last_error_at = ? WHERE id = ?');

  const toRow = (t: Omit<StoredTarget, 'lastSuccessAt' | 'lastError'>) => ({
    id: t.id,
    name: t.name,
    kind: t.config.kind,
    config: JSON.stringify(t.config),
    shareId: t.shareId,
    enabled: t.enabled ? 1 : 0,
    createdAt: t.createdAt,
  });

  return {
    list: (): StoredTarget[] => all.all().map(toTarget),
    listEnabled: (): StoredTarget[] => enabled.all().map(toTarget),
    /** Every target's id, enabled or not, for the completion hook: it runs inside the completing transaction and must stay cheap. */
    ids: (): string[] => ids.all().map((r) => r.id),
    get: (id: string): StoredTarget | null => {
      const row = byId.get(id);
      return row ? toTarget(row) : null;
    },
    insert: (t: Omit<StoredTarget, 'lastSuccessAt' | 'lastError'>) => void insert.run(toRow(t)),
    update: (t: Omit<StoredTarget, 'lastSuccessAt' | 'lastError'>) => void update.run(toRow(t)),
    remove: (id: string): boolean => remove.run(id).changes === 1,
    recordSuccess: (id: string, at: string) => void success.run(at, id),
    recordProblem: (id: string, message: string, at: string) => void problem.run(message, at, id),
  };
}
export type TargetsStore = ReturnType<typeof createTargetsStore>;
