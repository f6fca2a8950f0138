import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { createHooks, type ServiceHooks } from './hooks';
import type { SecretStore } from './secrets/store';

/**
 * What every module of the backend shares: the database, the clock and id
 * source (injectable for tests), the secret store, and the hooks modules hang
 * on a document's life (./hooks.ts).
 */
export interface ServiceContext {
  db: Database.Database;
  dataFolder: string;
  /** Where the database is, and where a damaged one was moved to at this start. */
  database: { path: string; recoveredFrom: string | null };
  now(): string;
  newId(): string;
  secrets: SecretStore;
  hooks: ServiceHooks;
}

export interface ContextSources {
  db: Database.Database;
  dataFolder: string;
  database: ServiceContext['database'];
  secrets: SecretStore;
  clock?: () => Date;
}

export function createContext({ db, dataFolder, database, secrets, clock = () => new Date() }: ContextSources): ServiceContext {
  return { db, dataFolder, database, secrets, now: () => clock().toISOString(), newId: () => randomUUID(), hooks: createHooks() };
}
