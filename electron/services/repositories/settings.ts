import type Database from 'better-sqlite3';
import type { z } from 'zod';

/** Small app settings as validated JSON values under a key; a bad stored value reads as absent. */
export function createSettingsRepository(db: Database.Database) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    get<T extends z.ZodType>(key: string, schema: T): z.output<T> | null {
      const row = select.get(key);
      if (!row) return null;
      const parsed = schema.safeParse(JSON.parse(row.value));
      return parsed.success ? parsed.data : null;
    },
    set(key: string, value: unknown): void {
      upsert.run(key, JSON.stringify(value));
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
