import type Database from 'better-sqlite3';
import { sha256Hex as sha256 } from '../sync/export/sha256';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Applies pending numbered migrations, each in its own transaction. The hash of
 * each applied migration is stored, so one edited after release fails loudly
 * instead of leaving databases that disagree (as Bruno does).
 */
export function applyMigrations(db: Database.Database, list: readonly Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Map(
    (db.prepare('SELECT version, name, sha256 FROM schema_migrations').all() as { version: number; name: string; sha256: string }[]).map((r) => [r.version, r]),
  );
  const known = new Set(list.map((m) => m.version));
  const newer = [...applied.keys()].filter((v) => !known.has(v));
  if (newer.length) {
    throw new Error(`This database was written by a newer Callmark (schema ${Math.max(...newer)}); update Callmark to open it.`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)');
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    const hash = sha256(migration.sql);
    const done = applied.get(migration.version);
    if (done) {
      if (done.sha256 !== hash) throw new Error(`Migration ${migration.version} (${migration.name}) was changed after it was applied to this database.`);
      continue;
    }
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, hash, new Date().toISOString());
    })();
  }
}
