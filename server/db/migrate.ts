import { sha256Hex as sha256 } from '../../electron/services/sync/export/sha256';
import type { Sql } from './connect';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}


/** One key for every Callmark server migrating this database: two `migrate` runs at once apply each step once. */
const MIGRATION_LOCK = 0x63616c6d; // "calm"

export class SchemaError extends Error {
  override name = 'SchemaError';
}

interface AppliedRow {
  version: number;
  name: string;
  sha256: string;
}

/**
 * The schema's state against the migrations this build knows: edited ones
 * (applied with another hash) and newer ones (applied by a newer server) are
 * errors that no command fixes by itself; pending ones are for `migrate`.
 */
export async function schemaState(sql: Sql, list: readonly Migration[]): Promise<{ pending: Migration[] }> {
  const [exists] = await sql<{ present: boolean }[]>`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`;
  const applied = exists?.present ? await sql<AppliedRow[]>`SELECT version, name, sha256 FROM schema_migrations` : [];
  return { pending: check(applied, list) };
}

/**
 * Applies pending migrations, each in its own transaction, as the desktop's
 * SQLite migrations do (electron/services/db/migrate.ts): a hash of each is
 * stored, so one edited after release fails loudly instead of leaving
 * databases that disagree. Returns the versions applied by this call.
 */
export async function applyMigrations(sql: Sql, list: readonly Migration[], now: () => Date = () => new Date()): Promise<number[]> {
  const done: number[] = [];
  const ordered = [...list].sort((a, b) => a.version - b.version);
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      sha256 text NOT NULL,
      applied_at timestamptz NOT NULL
    )`;
  });
  for (const migration of ordered) {
    await sql.begin(async (tx) => {
      // Re-read under the lock: another `migrate` may have applied this step meanwhile.
      await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
      const applied = await tx<AppliedRow[]>`SELECT version, name, sha256 FROM schema_migrations`;
      if (!check(applied, list).some((m) => m.version === migration.version)) return;
      await tx.unsafe(migration.sql);
      await tx`INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (${migration.version}, ${migration.name}, ${sha256(migration.sql)}, ${now()})`;
      done.push(migration.version);
    });
  }
  return done;
}

function check(applied: readonly AppliedRow[], list: readonly Migration[]): Migration[] {
  const known = new Map(list.map((m) => [m.version, m]));
  const newer = applied.filter((a) => !known.has(a.version)).map((a) => a.version);
  if (newer.length) throw new SchemaError(`This database was migrated by a newer Callmark server (schema ${Math.max(...newer)}); update the server to use it.`);
  for (const a of applied) {
    if (known.get(a.version) && sha256(known.get(a.version)!.sql) !== a.sha256) {
      throw new SchemaError(`Migration ${a.version} (${a.name}) was changed after it was applied to this database.`);
    }
  }
  const appliedVersions = new Set(applied.map((a) => a.version));
  return [...list].filter((m) => !appliedVersions.has(m.version)).sort((a, b) => a.version - b.version);
}
