import type { Migration } from '../migrate';
import { coreMigration } from './001-core';

/** Every migration, in order. A released migration is never edited: add the next number. */
export const migrations: readonly Migration[] = [coreMigration];
