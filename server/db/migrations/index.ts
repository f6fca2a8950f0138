import type { Migration } from '../migrate';
import { initialMigration } from './001-initial';
import { everyKindMigration } from './002-every-kind';
import { reportIndexesMigration } from './003-report-indexes';

/** Every migration, in order. A released migration is never edited: add the next number. */
export const migrations: readonly Migration[] = [initialMigration, everyKindMigration, reportIndexesMigration];
