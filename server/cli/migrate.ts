import { z } from 'zod';
import { applyMigrations } from '../db/migrate';
import { migrations } from '../db/migrations';
import { parseOptions } from './args';
import { ConfigOption, configOf, withDatabase, type CliIo } from './io';

/** `callmark-server migrate`: applies pending migrations; safe to run again, and by two hosts at once. */
export async function migrateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseOptions(argv, {}, z.object(ConfigOption).strict());
  const config = configOf(io, options.config);
  const applied = await withDatabase(config, (sql) => applyMigrations(sql, migrations, io.now));
  io.out(applied.length ? `Applied migration(s) ${applied.join(', ')}.\n` : 'The schema is current: nothing to apply.\n');
  return 0;
}
