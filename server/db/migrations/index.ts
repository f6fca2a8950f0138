import type { Migration } from '../migrate';
import { initialMigration } from './001-initial';

/** Every migration, in order. A released migration is never edited: add the next number. */
export const migrations: readonly Migration[] = [initialMigration];
